import { Content } from 'pdfmake';
import type {
  BusinessCaseResult,
  ValueRealisation,
} from '@esm-planner/domain-business-case';
import {
  formatDate,
  labelOf,
  NO_VALUE,
  REALISATION_STATUS_LABELS,
} from '@esm-planner/shared-util-format';
import {
  figuresRow,
  money,
  months,
  pdfPage,
  percent,
  renderPdf,
  table,
} from './pdf-document';
import { realisationSvg } from './realisation-svg';

export { realisationSvg };

// The value report (domain §9): one A4 page for the CIO — is the case coming
// true, which department is behind, what it would take to recover. Same
// fonts and style as the business-case PDFs (pdf-document.ts sets them).

// Dates and words as the dashboard's Actuals tab says them.
const day = formatDate;

function needed(d: ValueRealisation['departments'][number]): string {
  if (d.status !== 'BEHIND') return NO_VALUE;
  if (d.deflectionNeeded === null) return 'no month left';
  return d.deflectionNeeded > 1
    ? `out of reach (${percent(d.deflectionNeeded)})`
    : `${percent(d.deflectionNeeded)} from now on`;
}

/** The sentences a CIO reads first. */
export function valueSummary(
  value: ValueRealisation,
  currency: string,
): string[] {
  if (value.completeMonths === 0)
    return ['No month of the case is complete yet: the forecast is the plan.'];
  const share =
    value.plannedToDate > 0
      ? ` (${percent(value.realisedToDate / value.plannedToDate)} of plan)`
      : '';
  const lines = [
    `Over its first ${value.completeMonths} months the programme realised ${money(value.realisedToDate, currency)} against ${money(value.plannedToDate, currency)} planned${share}.`,
    `At each department's realisation ratio it pays back in ${months(value.forecastPaybackMonths)}, against ${months(value.plannedPaybackMonths)} in the case.`,
  ];
  for (const d of value.departments.filter((dep) => dep.status === 'BEHIND')) {
    const recover =
      d.deflectionNeeded === null
        ? 'no month is left to recover in'
        : d.deflectionNeeded > 1
          ? `its plan is out of reach within the horizon (it would need ${percent(d.deflectionNeeded)})`
          : `to meet its plan it would need to deflect ${percent(d.deflectionNeeded)} of its requests in every month from now on`;
    lines.push(
      `${d.name} is behind plan at ${percent(d.realisationRatio)} of its planned benefit; ${recover}.`,
    );
  }
  return lines;
}

// The figures to date and the forecast, in one row.
function figuresTable(value: ValueRealisation, currency: string): Content {
  return figuresRow([
    ['Realised to date', money(value.realisedToDate, currency)],
    ['Planned to date', money(value.plannedToDate, currency)],
    ['Variance', money(value.varianceToDate, currency)],
    [
      'Payback: planned, forecast',
      `${months(value.plannedPaybackMonths)}, ${months(value.forecastPaybackMonths)}`,
    ],
    ['Forecast NPV', money(value.forecastNpv, currency)],
    ['Forecast ROI', percent(value.forecastRoi)],
  ]);
}

// Each department against its plan, and what would bring a late one back.
function departmentsTable(value: ValueRealisation, currency: string): Content {
  return table(
    [
      'Department',
      'Status',
      'Realised against plan',
      'Planned to date',
      'Realised to date',
      'Deflection needed',
    ],
    value.departments.map((d) => [
      d.name,
      labelOf(REALISATION_STATUS_LABELS, d.status),
      percent(d.realisationRatio),
      money(d.plannedToDate, currency),
      money(d.realisedToDate, currency),
      needed(d),
    ]),
    ['*', 60, 62, 72, 72, 80],
  );
}

// The months shown, planned against realised benefit.
function monthsTable(
  shown: ValueRealisation['months'],
  currency: string,
): Content {
  return table(
    ['Month', 'Days', 'Planned benefit', 'Realised benefit', 'Difference'],
    shown.map((m) => [
      m.month,
      `${day(m.startDate)} – ${day(m.endDate)}`,
      money(m.plannedBenefit, currency),
      money(m.realisedBenefit ?? 0, currency),
      money((m.realisedBenefit ?? 0) - m.plannedBenefit, currency),
    ]),
    [34, '*', 80, 80, 80],
  );
}

/** A one-page A4 value report of a saved case for the CIO. */
export async function valueReportPdf({
  name,
  currency,
  version,
  value,
  planned,
}: {
  name: string;
  currency: string;
  version: number;
  value: ValueRealisation;
  /** The case's own monthly cash flow (evaluateBusinessCase of the same version). */
  planned: BusinessCaseResult['monthly'];
}): Promise<Buffer> {
  const complete = value.months.filter((m) => m.month > 0 && m.complete);
  // One page: the last twelve complete months; the XLSX's Actuals sheet has them all.
  const shown = complete.slice(-12);
  const lastDay =
    complete.length > 0 ? complete[complete.length - 1].endDate : null;
  const content: Content[] = [
    { text: name, style: 'h1' },
    {
      text: `Value report — measured on ${day(value.asOf)}, case version ${version}. ${lastDay ? `Months 1–${value.completeMonths} complete: ${day(value.programmeStart)} to ${day(lastDay)}.` : `The programme started on ${day(value.programmeStart)}.`}`,
      margin: [0, 0, 0, 6],
    },
    figuresTable(value, currency),
    { ul: valueSummary(value, currency), fontSize: 9, margin: [0, 0, 0, 4] },
    { svg: realisationSvg(value, planned, 520, 210, currency) },
    { text: 'Departments against the plan', style: 'h2' },
    departmentsTable(value, currency),
    {
      text: `Month by month${complete.length > shown.length ? ` (the last ${shown.length} complete months; the XLSX has every month)` : ''}`,
      style: 'h2',
    },
    monthsTable(shown, currency),
    {
      text: 'Realised benefit = deflected requests × (cost per request - residual cost), from the request records in the organisation’s time zone (an imported weekly sheet counts in the month of its Monday). Ratio = realised ÷ planned over the complete months with planned benefit; on track from 90 %, ahead from 110 %. Later months are forecast as the plan × each department’s ratio.',
      fontSize: 7,
      color: '#525d6b',
      margin: [0, 4, 0, 0],
    },
  ];
  return renderPdf(pdfPage(`${name} — value report`, content));
}
