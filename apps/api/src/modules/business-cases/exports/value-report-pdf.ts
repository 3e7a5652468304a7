import pdfmake, { Content, DocumentDefinition } from 'pdfmake';
import type {
  BusinessCaseResult,
  ValueRealisation,
} from '@esm-planner/domain-business-case';
import {
  formatDate,
  formatMoneyCompact,
  labelOf,
  NO_VALUE,
  REALISATION_STATUS_LABELS,
} from '@esm-planner/shared-util-format';
import { money, months, percent, table } from './business-case-pdf';

// The value report (domain §9): one A4 page for the CIO — is the case coming
// true, which department is behind, what it would take to recover. Same
// fonts and style as the business-case PDFs (business-case-pdf.ts sets them).

// Dates and words as the dashboard's Actuals tab says them.
const day = formatDate;

const escapeXml = (text: string) =>
  text.replace(
    /[<&>"]/g,
    (c) => ({ '<': '&lt;', '&': '&amp;', '>': '&gt;', '"': '&quot;' })[c]!,
  );

/**
 * Planned and realised benefit per month (bars) over the planned and
 * forecast cumulative cash flow (lines), both payback points marked: the
 * dashboard's Actuals chart as a static SVG.
 */
export function realisationSvg(
  value: ValueRealisation,
  planned: BusinessCaseResult['monthly'],
  width = 520,
  height = 210,
  currency = '',
): string {
  const horizon = Math.max(1, value.months.length - 1);
  const left = 52;
  const plot = width - left - 8;
  const x = (m: number) => left + (m / horizon) * plot;
  const barsTop = 14;
  const barsHeight = 62;
  const linesTop = barsTop + barsHeight + 22;
  const linesHeight = height - linesTop - 16;
  const top = Math.max(
    1,
    ...value.months.map((m) =>
      Math.max(m.plannedBenefit, m.realisedBenefit ?? 0),
    ),
  );
  const cumulative = [
    ...value.months.map((m) => m.forecastCumulative),
    ...planned.map((m) => m.cumulative),
    0,
  ];
  const low = Math.min(...cumulative);
  const high = Math.max(...cumulative);
  const yLine = (v: number) =>
    linesTop + (1 - (v - low) / (high - low || 1)) * linesHeight;
  const barWidth = Math.max(0.6, (plot / horizon) * 0.4);
  const bars = value.months
    .filter((m) => m.month > 0)
    .map((m) => {
      const h = (v: number) => (v / top) * barsHeight;
      const x0 = x(m.month - 1) + (plot / horizon) * 0.1;
      const realised =
        m.realisedBenefit === null
          ? ''
          : `<rect x="${(x0 + barWidth).toFixed(1)}" y="${(barsTop + barsHeight - h(m.realisedBenefit)).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h(m.realisedBenefit).toFixed(1)}" fill="#1f5bd1"/>`;
      return `<rect x="${x0.toFixed(1)}" y="${(barsTop + barsHeight - h(m.plannedBenefit)).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h(m.plannedBenefit).toFixed(1)}" fill="#a9bde8"/>${realised}`;
    })
    .join('');
  const line = (points: { month: number; v: number }[]) =>
    points
      .map((p) => `${x(p.month).toFixed(1)},${yLine(p.v).toFixed(1)}`)
      .join(' ');
  const mark = (
    months: number | null,
    color: string,
    label: string,
    anchor: 'start' | 'end',
  ) =>
    months === null
      ? ''
      : `<line x1="${x(months).toFixed(1)}" x2="${x(months).toFixed(1)}" y1="${linesTop}" y2="${linesTop + linesHeight}" stroke="${color}" stroke-dasharray="3,2"/>` +
        `<text x="${(x(months) + (anchor === 'start' ? 3 : -3)).toFixed(1)}" y="${linesTop + 9}" font-size="8" fill="${color}" text-anchor="${anchor}">${escapeXml(label)} ${months.toFixed(1)}</text>`;
  const plannedFirst =
    (value.plannedPaybackMonths ?? 0) <=
    (value.forecastPaybackMonths ?? Infinity);
  const measured =
    value.completeMonths > 0
      ? `<line x1="${x(value.completeMonths).toFixed(1)}" x2="${x(value.completeMonths).toFixed(1)}" y1="${barsTop}" y2="${linesTop + linesHeight}" stroke="#525d6b" stroke-width="0.5"/>`
      : '';
  return `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<text x="${left}" y="9" font-size="8" fill="#525d6b">Benefit each month: planned (light), realised (dark)</text>${bars}
<line x1="${left}" x2="${width - 8}" y1="${barsTop + barsHeight}" y2="${barsTop + barsHeight}" stroke="#888"/>
<text x="${left}" y="${linesTop - 4}" font-size="8" fill="#525d6b">Cumulative cash flow: planned (dashed), forecast from the actuals (solid)</text>
<line x1="${left}" x2="${width - 8}" y1="${yLine(0).toFixed(1)}" y2="${yLine(0).toFixed(1)}" stroke="#888"/>${measured}
<polyline points="${line(planned.map((m) => ({ month: m.month, v: m.cumulative })))}" fill="none" stroke="#525d6b" stroke-width="1.5" stroke-dasharray="4,3"/>
<polyline points="${line(value.months.map((m) => ({ month: m.month, v: m.forecastCumulative })))}" fill="none" stroke="#b54708" stroke-width="2"/>
${mark(value.plannedPaybackMonths, '#525d6b', 'plan', plannedFirst ? 'end' : 'start')}${mark(value.forecastPaybackMonths, '#b54708', 'forecast', plannedFirst ? 'start' : 'end')}
${axisLabel(left - 3, barsTop + 3, top, currency)}${axisLabel(left - 3, barsTop + barsHeight + 3, 0, currency)}${axisLabel(left - 3, yLine(0) + 3, 0, currency)}${axisLabel(left - 3, yLine(high) + 3, high, currency)}${yLine(low) - yLine(0) > 10 ? axisLabel(left - 3, yLine(low) + 3, low, currency) : ''}
<text x="${left}" y="${height - 3}" font-size="8">month 0</text><text x="${width - 50}" y="${height - 3}" font-size="8">month ${horizon}</text></svg>`;
}

// A short amount beside the chart: "£200k", "-£1.2m"; without a currency, the number alone.
function shortAmount(amount: number, currency: string): string {
  return currency
    ? formatMoneyCompact(amount, currency)
    : new Intl.NumberFormat('en-GB', {
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(amount);
}

function axisLabel(
  x: number,
  y: number,
  amount: number,
  currency: string,
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="7" fill="#525d6b" text-anchor="end">${escapeXml(shortAmount(amount, currency))}</text>`;
}

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
    table(
      [
        'Realised to date',
        'Planned to date',
        'Variance',
        'Payback: planned, forecast',
        'Forecast NPV',
        'Forecast ROI',
      ],
      [
        [
          money(value.realisedToDate, currency),
          money(value.plannedToDate, currency),
          money(value.varianceToDate, currency),
          `${months(value.plannedPaybackMonths)}, ${months(value.forecastPaybackMonths)}`,
          money(value.forecastNpv, currency),
          percent(value.forecastRoi),
        ],
      ],
    ),
    { ul: valueSummary(value, currency), fontSize: 9, margin: [0, 0, 0, 4] },
    { svg: realisationSvg(value, planned, 520, 210, currency) },
    { text: 'Departments against the plan', style: 'h2' },
    table(
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
    ),
    {
      text: `Month by month${complete.length > shown.length ? ` (the last ${shown.length} complete months; the XLSX has every month)` : ''}`,
      style: 'h2',
    },
    table(
      ['Month', 'Days', 'Planned benefit', 'Realised benefit', 'Difference'],
      shown.map((m) => [
        m.month,
        `${day(m.startDate)} – ${day(m.endDate)}`,
        money(m.plannedBenefit, currency),
        money(m.realisedBenefit ?? 0, currency),
        money((m.realisedBenefit ?? 0) - m.plannedBenefit, currency),
      ]),
      [34, '*', 80, 80, 80],
    ),
    {
      text: 'Realised benefit = deflected requests × (cost per request - residual cost), from the request records in the organisation’s time zone (an imported weekly sheet counts in the month of its Monday). Ratio = realised ÷ planned over the complete months with planned benefit; on track from 90 %, ahead from 110 %. Later months are forecast as the plan × each department’s ratio.',
      fontSize: 7,
      color: '#525d6b',
      margin: [0, 4, 0, 0],
    },
  ];
  const doc: DocumentDefinition = {
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 36],
    info: { title: `${name} — value report`, creator: 'ESM Planner' },
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    styles: {
      h1: { fontSize: 16, bold: true },
      h2: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
    },
    content,
  };
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}
