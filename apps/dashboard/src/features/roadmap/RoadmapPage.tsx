import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  PreviewRoadmapDocument,
  RoadmapPageDocument,
  UpdateRoadmapSettingsDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Card,
  EmptyState,
  ErrorBanner,
  InlineNotice,
  PageHeader,
} from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canWriteRoadmap } from '../access/roles';
import { statusLabel, statusTone } from '../departments/department-labels';
import { TableWithDownload } from '../exports/TableWithDownload';
import {
  formatDate,
  formatPercent,
  formatShortDateRange,
  NO_VALUE,
} from '../formatting/format';
import { problemsFromFailure } from '../forms/field-problems';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { organizationPageState } from '../organizations/organization-page-state';
import { planStatusLabel } from '../rollouts/rollout-labels';
import { ItStabilityCard } from './ItStabilityCard';
import { RoadmapGanttCard } from './RoadmapGanttCard';
import { RoadmapOrderCard, type RoadmapDraft } from './RoadmapOrderCard';
import {
  gateLine,
  overCapacityLine,
  SCHEDULE_CSV_COLUMNS,
  startReason,
  type RoadmapItem,
} from './roadmap-rows';
import { RoadmapSettingsForm } from './RoadmapSettingsForm';
import '../rollouts/rollouts.css';
import './roadmap.css';

const money = (value: number | null, currency: string) =>
  value === null
    ? NO_VALUE
    : new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(value);

/** `/organizations/:organizationId/roadmap`: the expansion roadmap, IT stability, and the what-if of another order. */
export function RoadmapPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RoadmapPageDocument, {
    variables: { organizationId },
  });
  const [draft, setDraft] = useState<RoadmapDraft | null>(null);
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  const [orderSaved, setOrderSaved] = useState(false);
  const [settingsDirty, setSettingsDirty] = useState(false);
  const organization = data?.organization;
  const roadmap = data?.roadmap;
  const changed = Boolean(
    roadmap &&
    draft &&
    (draft.maxConcurrentRollouts !== roadmap.maxConcurrentRollouts ||
      draft.order.join() !== roadmap.order.join()),
  );
  const validCapacity = Boolean(
    draft &&
    Number.isInteger(draft.maxConcurrentRollouts) &&
    draft.maxConcurrentRollouts >= 1 &&
    draft.maxConcurrentRollouts <= 20,
  );
  const preview = useQuery(PreviewRoadmapDocument, {
    skip: !changed || !validCapacity,
    variables: {
      organizationId,
      order: draft?.order ?? null,
      maxConcurrentRollouts: draft?.maxConcurrentRollouts ?? null,
    },
  });
  const [saveSettings, { loading: saving }] = useMutation(
    UpdateRoadmapSettingsDocument,
  );
  usePageTitle('Roadmap', organization?.name);

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the roadmap…',
    errorTitle: 'The roadmap could not be loaded',
  });
  if (fallback || !organization) return fallback;
  if (!roadmap)
    return (
      <EmptyState
        title="No roadmap"
        description="The organisation has no roadmap to show."
      />
    );

  const current: RoadmapDraft = draft ?? {
    order: roadmap.order,
    maxConcurrentRollouts: roadmap.maxConcurrentRollouts,
  };
  const shown =
    changed && validCapacity && preview.data?.previewRoadmap
      ? preview.data.previewRoadmap
      : roadmap;
  const isPreview = shown !== roadmap;

  async function save(): Promise<void> {
    setSaveProblems([]);
    setOrderSaved(false);
    if (!validCapacity) {
      setSaveProblems([
        'Rollouts at the same time: enter a whole number from 1 to 20.',
      ]);
      return;
    }
    try {
      await saveSettings({
        variables: {
          input: {
            organizationId,
            order: current.order,
            maxConcurrentRollouts: current.maxConcurrentRollouts,
          },
        },
      });
      await refetch();
      setDraft(null);
      setOrderSaved(true);
    } catch (failure) {
      const problems = problemsFromFailure(failure, {
        order: 'Order',
        maxConcurrentRollouts: 'Rollouts at the same time',
      });
      setSaveProblems([...Object.values(problems.fields), ...problems.other]);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Roadmap"
        description="When each department runs its 90 days: IT first, HR second, then by priority, never more rollouts at once than the CoE can carry, and no department before IT is stable."
      />
      <UnsavedChangesGuard
        when={
          (changed && canWriteRoadmap(organization.myRole)) || settingsDirty
        }
        what="your changes to the roadmap"
      />
      <div className="rollout-page">
        {saveProblems.length > 0 ? (
          <ErrorBanner
            title="The order was not saved"
            messages={saveProblems}
          />
        ) : null}
        <RoadmapGanttCard
          organizationName={organization.name}
          items={shown.items}
          asOf={shown.asOf}
          title={isPreview ? 'Schedule — preview, not saved' : 'Schedule'}
          testId="roadmap-schedule"
        />
        <div className="rollout-page__top">
          <RoadmapOrderCard
            items={shown.items}
            draft={current}
            changed={changed}
            canSave={canWriteRoadmap(organization.myRole)}
            saving={saving}
            previewing={preview.loading}
            capacityError={
              draft && !validCapacity
                ? 'Enter a whole number from 1 to 20.'
                : undefined
            }
            saved={orderSaved && !changed}
            onChange={(next) => {
              setOrderSaved(false);
              setDraft(next);
            }}
            onSave={() => void save()}
            onDiscard={() => setDraft(null)}
          />
          <ItStabilityCard
            stability={roadmap.itStability}
            organizationName={organization.name}
          />
        </div>
        <Card as="section" testId="roadmap-table">
          <TableWithDownload<RoadmapItem>
            title={
              isPreview
                ? 'Schedule by department (preview)'
                : 'Schedule by department'
            }
            headingLevel="h2"
            rows={shown.items}
            rowKey={(item) => item.department.id}
            fileName={csvFileName(
              organization.name,
              isPreview ? 'roadmap-preview' : 'roadmap',
            )}
            columns={[
              { key: 'order', header: '#', cell: (item) => String(item.order) },
              {
                key: 'department',
                header: 'Department',
                isRowHeader: true,
                cell: (item) => (
                  <Link to={PATHS.rollout(organization.id, item.department.id)}>
                    {item.department.name}
                  </Link>
                ),
              },
              {
                key: 'status',
                header: 'Status',
                cell: (item) => (
                  <Badge tone={statusTone(item.status)}>
                    {statusLabel(item.status)}
                  </Badge>
                ),
              },
              {
                key: 'start',
                header: 'Starts',
                cell: (item) => (
                  <>
                    {formatDate(item.startDate)}
                    <span className="roadmap-table__note">
                      {startReason(item)}
                    </span>
                    {item.overCapacity ? (
                      <span
                        className="roadmap-table__warning"
                        data-testid="roadmap-over-capacity"
                      >
                        <InlineNotice>
                          {overCapacityLine(item, formatShortDateRange)}
                        </InlineNotice>
                      </span>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'goLive',
                header: 'Go-live',
                cell: (item) => formatDate(item.goLiveDate),
              },
              {
                key: 'plan',
                header: 'Plan',
                cell: (item) =>
                  item.planStatus
                    ? planStatusLabel(item.planStatus)
                    : 'No plan yet',
              },
              {
                key: 'score',
                header: 'Priority score',
                align: 'end',
                cell: (item) => (
                  <>
                    {money(item.priorityScore, organization.currency)}
                    <span className="roadmap-table__note">
                      {item.annualNetBenefit === null
                        ? 'no audit yet'
                        : `${money(item.annualNetBenefit, organization.currency)} ÷ (1 + ${formatPercent(item.informalShare)})`}
                    </span>
                  </>
                ),
              },
              {
                key: 'gates',
                header: 'Gates',
                cell: (item) => (
                  <ul className="roadmap-table__gates">
                    {item.gates.map((gate) => (
                      <li
                        key={gate.name}
                        className={
                          gate.holds ? undefined : 'roadmap-table__blocked'
                        }
                      >
                        {gateLine(gate)}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
            csvColumns={SCHEDULE_CSV_COLUMNS}
            testId="roadmap-schedule-table"
          />
        </Card>
        {canWriteRoadmap(organization.myRole) ? (
          <RoadmapSettingsForm
            settings={roadmap.settings}
            currency={organization.currency}
            onSaved={() => void refetch()}
            onDirtyChange={setSettingsDirty}
          />
        ) : null}
      </div>
    </>
  );
}
