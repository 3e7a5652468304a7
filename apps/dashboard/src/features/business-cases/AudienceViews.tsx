import { useState } from 'react';
import type { BusinessCaseResultFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Card, SelectField, StatGrid } from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatCount, formatPercent } from '../formatting/format';
import { formatMoney, formatPayback, sourceBadge } from './case-format';
import { FinancePanel } from './FinancePanel';

type Result = BusinessCaseResultFieldsFragment;
const AUDIENCES = [
  { key: 'cio', label: 'CIO' },
  { key: 'department-head', label: 'Department head' },
  { key: 'finance', label: 'Finance' },
] as const;
type Audience = (typeof AUDIENCES)[number]['key'];

export type AudienceViewsProps = {
  result: Result;
  currency: string;
  caseName: string;
};

/** Three views of the same case, one per audience (domain §8). */
export function AudienceViews({
  result,
  currency,
  caseName,
}: AudienceViewsProps) {
  const [audience, setAudience] = useState<Audience>('cio');
  return (
    <Card title="Audience views" testId="audience-views">
      <div role="tablist" aria-label="Audience" className="case-tabs">
        {AUDIENCES.map((a) => (
          <button
            key={a.key}
            type="button"
            role="tab"
            id={`tab-${a.key}`}
            aria-selected={audience === a.key}
            aria-controls={`panel-${a.key}`}
            className="case-tab"
            onClick={() => setAudience(a.key)}
          >
            {a.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${audience}`}
        aria-labelledby={`tab-${audience}`}
        data-testid={`view-${audience}`}
      >
        {audience === 'cio' ? (
          <CioPanel result={result} currency={currency} caseName={caseName} />
        ) : null}
        {audience === 'department-head' ? (
          <DepartmentHeadPanel result={result} currency={currency} />
        ) : null}
        {audience === 'finance' ? (
          <FinancePanel
            result={result}
            currency={currency}
            caseName={caseName}
          />
        ) : null}
      </div>
    </Card>
  );
}

function CioPanel({ result, currency, caseName }: AudienceViewsProps) {
  const money = (value: number) => formatMoney(value, currency);
  const view = result.cio;
  type Margin = (typeof view.departments)[number];
  return (
    <>
      <StatGrid
        items={[
          {
            label: 'Platform',
            value: money(view.monthlyPlatformCost),
            hint: 'a month',
          },
          { label: 'CoE', value: money(view.monthlyCoeCost), hint: 'a month' },
          {
            label: 'One-time',
            value: money(view.oneTimeCosts),
            hint: `plus ${money(view.changeManagementCost)} change management`,
          },
          { label: 'Payback', value: formatPayback(view.paybackMonths) },
          { label: 'NPV', value: money(view.npv) },
        ]}
      />
      <TableWithDownload<Margin>
        title="What each department adds"
        note="Platform and CoE costs are programme-wide, so adding a department costs nothing more: its margin is its own benefit."
        columns={[
          {
            key: 'label',
            header: 'Department',
            cell: (d) => d.label,
            isRowHeader: true,
          },
          {
            key: 'benefit',
            header: 'Marginal benefit',
            cell: (d) => money(d.marginalBenefit),
            align: 'end',
          },
          {
            key: 'npv',
            header: 'Marginal NPV',
            cell: (d) => money(d.marginalNpv),
            align: 'end',
          },
          {
            key: 'without',
            header: 'Payback without it',
            cell: (d) => formatPayback(d.paybackWithout),
            align: 'end',
          },
        ]}
        csvColumns={[
          { header: 'department', value: (d) => d.label },
          { header: 'marginal_benefit', value: (d) => d.marginalBenefit },
          { header: 'marginal_npv', value: (d) => d.marginalNpv },
          {
            header: 'payback_without_months',
            value: (d) => d.paybackWithout ?? '',
          },
        ]}
        rows={view.departments}
        rowKey={(d) => String(d.index)}
        fileName={csvFileName(caseName, 'department margins')}
      />
    </>
  );
}

function DepartmentHeadPanel({
  result,
  currency,
}: {
  result: Result;
  currency: string;
}) {
  const views = result.departmentHeads;
  const [chosen, setChosen] = useState(0);
  const view = views[Math.min(chosen, views.length - 1)];
  if (!view) return null;
  return (
    <>
      <SelectField
        label="Department"
        name="department-head-view"
        value={String(view.index)}
        onChange={(value) => setChosen(Number(value))}
        options={views.map((v) => ({ value: String(v.index), label: v.label }))}
      />
      <StatGrid
        items={[
          {
            label: `${view.unitPlural} deflected`,
            value: formatCount(view.requestsDeflected),
            hint: 'over the horizon',
            testId: 'head-deflected',
          },
          {
            label: 'Hours returned',
            value: formatCount(view.hoursReturned),
            hint: 'agent hours over the horizon',
          },
          { label: 'Benefit', value: formatMoney(view.benefit, currency) },
          {
            label: `${view.unitPlural} a month today`,
            value: formatCount(view.monthlyVolume),
            hint: `${view.handlingMinutes.toFixed(1)} minutes each`,
          },
          {
            label: 'Target deflection',
            value: formatPercent(view.targetDeflection),
            hint: sourceBadge(view.deflectionOrigin).label,
          },
          {
            label: 'Goes live',
            value: `month ${view.goLiveMonth}`,
            hint: `full target from month ${view.fullDeflectionMonth}`,
          },
        ]}
      />
      <p className="case-note">
        Response times are on the department's baseline and metrics pages.
      </p>
    </>
  );
}
