import { Content } from 'pdfmake';
import {
  AssumptionSources,
  BusinessCaseInput,
  BusinessCaseResult,
  financeView,
} from '@esm-planner/domain-business-case';
import {
  ASSUMPTION_SOURCE_LABELS,
  CASE_FIELD_LABELS,
  formatDecimal,
  labelOf,
} from '@esm-planner/shared-util-format';
import { headline } from './business-case-pdf-headline';
import { money, percent, table, whole } from './pdf-document';

// departments[1].monthlyVolume → "HR: Requests a month", in the words of the case page.
function fieldLabel(field: string, input: BusinessCaseInput): string {
  const department = /^departments\[(\d+)\]\.(\w+)$/.exec(field);
  if (!department) return labelOf(CASE_FIELD_LABELS, field);
  const index = Number(department[1]);
  return `${input.departments[index]?.name ?? `Department ${index + 1}`}: ${labelOf(CASE_FIELD_LABELS, department[2])}`;
}

// An assumption's value in its unit's format: money, a percentage, or a plain number.
function assumptionValue(
  value: number,
  unit: string,
  currency: string,
): string {
  if (unit.startsWith('currency')) return money(value, currency);
  if (unit.startsWith('fraction')) return percent(value);
  return Number.isInteger(value) ? whole(value) : formatDecimal(value);
}

// "currency per month" → "per month": the currency is in the value.
const unitText = (unit: string) =>
  unit.replace(/^currency,?\s*/, '').replace(/^fraction\s*/, '') || '–';

/** Finance's page: the headline, the discount rate, the cash flow and every assumption with its source. */
export function financeContent(
  input: BusinessCaseInput,
  sources: AssumptionSources,
  result: BusinessCaseResult,
  currency: string,
): Content[] {
  const view = financeView({ input, sources });
  // One page: the year-end months of the cash flow, the full flow is in the XLSX.
  const shown = view.monthly.filter(
    (m) => m.month % 6 === 0 || m.month === view.monthly.length - 1,
  );
  return [
    headline(result, currency),
    {
      text: `Discount rate ${percent(view.annualDiscountRate)} a year (${(view.monthlyDiscountRate * 100).toFixed(4)}% a month)`,
      fontSize: 8,
    },
    {
      text: 'Cash flow (every sixth month; the XLSX has every month as formulas)',
      style: 'h2',
    },
    table(
      [
        'Month',
        'Benefit',
        'Cost',
        'Net',
        'Cumulative',
        'Discounted cumulative',
      ],
      shown.map((m) => [
        m.month,
        money(m.benefit, currency),
        money(m.cost, currency),
        money(m.net, currency),
        money(m.cumulative, currency),
        money(m.cumulativeDiscounted, currency),
      ]),
    ),
    { text: 'Assumptions and their sources', style: 'h2' },
    table(
      ['Field', 'Value', 'Unit', 'Source'],
      view.assumptions.map((a) => [
        fieldLabel(a.field, input),
        assumptionValue(a.value, a.unit, currency),
        unitText(a.unit),
        labelOf(ASSUMPTION_SOURCE_LABELS, a.source),
      ]),
      ['*', 70, 110, 60],
    ),
  ];
}
