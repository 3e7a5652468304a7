import pdfmake, { Content, DocumentDefinition } from 'pdfmake';
import {
  BusinessCaseInput,
  BusinessCaseResult,
  AssumptionSources,
  cioView,
  departmentHeadViews,
  financeView,
} from '@esm-planner/domain-business-case';
import {
  ASSUMPTION_SOURCE_LABELS,
  BENCHMARK_POSITION_LABELS,
  CASE_FIELD_LABELS,
  formatCount,
  formatDayOf,
  formatDecimal,
  formatMoney,
  formatPayback,
  formatPercent,
  labelOf,
} from '@esm-planner/shared-util-format';

export const AUDIENCES = ['cio', 'department-head', 'finance'] as const;
export type Audience = (typeof AUDIENCES)[number];

// The PDF standard fonts: nothing to embed. pdfmake asks the local-file
// policy about them by name; nothing else may be read from disk or fetched.
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONTS = new Set(Object.values(HELVETICA));
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

// Money, months, percentages and dates come from the formatting module the
// dashboard uses, so a PDF says "-£210,000" where the screen does.
export const money = formatMoney;
export const months = formatPayback;
export const percent = formatPercent;
const whole = formatCount;

/** The cumulative cash flow as a small SVG line with the zero line and the 14–22-month band. */
export function paybackSvg(
  result: BusinessCaseResult,
  width = 500,
  height = 150,
): string {
  const values = result.monthly.map((m) => m.cumulative);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const horizon = Math.max(1, values.length - 1);
  const x = (m: number) => 40 + (m / horizon) * (width - 50);
  const y = (v: number) =>
    10 + (1 - (v - min) / (max - min || 1)) * (height - 30);
  const band =
    horizon >= 14
      ? `<rect x="${x(14)}" y="10" width="${x(Math.min(22, horizon)) - x(14)}" height="${height - 30}" fill="#e8eef7"/>`
      : '';
  const line = values
    .map((v, m) => `${x(m).toFixed(1)},${y(v).toFixed(1)}`)
    .join(' ');
  const payback =
    result.paybackMonths === null
      ? ''
      : `<line x1="${x(result.paybackMonths)}" x2="${x(result.paybackMonths)}" y1="10" y2="${height - 20}" stroke="#1b7f3b" stroke-dasharray="3,2"/>`;
  return `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${band}
<line x1="40" x2="${width - 10}" y1="${y(0)}" y2="${y(0)}" stroke="#888"/>${payback}
<polyline points="${line}" fill="none" stroke="#1f4e99" stroke-width="2"/>
<text x="40" y="${height - 5}" font-size="9">month 0</text><text x="${width - 60}" y="${height - 5}" font-size="9">month ${horizon}</text></svg>`;
}

export function table(
  head: string[],
  rows: (string | number)[][],
  widths?: (string | number)[],
): Content {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? head.map(() => '*'),
      body: [
        head.map((text) => ({ text, bold: true })),
        ...rows.map((r) => r.map(String)),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 4, 0, 8],
  };
}

function headline(result: BusinessCaseResult, currency: string): Content {
  return table(
    ['Payback', 'NPV', 'IRR (annual)', 'ROI', 'Against 14–22 months'],
    [
      [
        months(result.paybackMonths),
        money(result.npv, currency),
        percent(result.irr),
        percent(result.roi),
        labelOf(BENCHMARK_POSITION_LABELS, result.benchmarkPayback.position),
      ],
    ],
  );
}

function cioContent(
  input: BusinessCaseInput,
  result: BusinessCaseResult,
  currency: string,
): Content[] {
  const view = cioView({ input });
  return [
    headline(result, currency),
    {
      text: 'Cumulative cash flow (band: the 14–22 months cloud ESM typically reports)',
      style: 'h2',
    },
    { svg: paybackSvg(result) },
    { text: 'Platform cost', style: 'h2' },
    table(
      [
        'Platform / month',
        'CoE / month',
        'Running / month',
        'One-time',
        'Change management',
      ],
      [
        [
          money(view.monthlyPlatformCost, currency),
          money(view.monthlyCoeCost, currency),
          money(view.monthlyRunningCost, currency),
          money(view.oneTimeCosts, currency),
          money(view.changeManagementCost, currency),
        ],
      ],
    ),
    {
      text: 'What each department adds (platform costs are programme-level: marginal cost 0)',
      style: 'h2',
    },
    table(
      ['Department', 'Marginal benefit', 'Marginal NPV', 'Payback without it'],
      view.departments.map((d) => [
        d.label,
        money(d.marginalBenefit, currency),
        money(d.marginalNpv, currency),
        months(d.paybackWithout),
      ]),
    ),
  ];
}

/** Hours returned per department as horizontal bars. */
export function hoursSvg(
  rows: readonly { label: string; hours: number }[],
  width = 500,
): string {
  const top = Math.max(1, ...rows.map((r) => r.hours));
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * 22;
      const w = (r.hours / top) * (width - 190);
      return `<text x="0" y="${y + 12}" font-size="9">${r.label.replace(/[<&>]/g, '')}</text><rect x="100" y="${y}" width="${w.toFixed(1)}" height="15" fill="#1f4e99"/><text x="${(104 + w).toFixed(1)}" y="${y + 12}" font-size="9">${whole(r.hours)} h</text>`;
    })
    .join('');
  return `<svg width="${width}" height="${rows.length * 22 + 8}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

function departmentHeadContent(
  input: BusinessCaseInput,
  currency: string,
): Content[] {
  const views = departmentHeadViews({ input });
  const horizon = input.horizonMonths ?? 36;
  return [
    {
      text: 'Agent hours each department gets back over the horizon',
      style: 'h2',
    },
    {
      svg: hoursSvg(
        views.map((v) => ({ label: v.label, hours: v.hoursReturned })),
      ),
    },
    ...views.map((v): Content => ({
      text: `${v.label}: from month ${v.goLiveMonth} (full target from month ${v.fullDeflectionMonth}), about ${whole(v.requestsDeflected)} ${v.unitPlural} resolved without an agent by month ${horizon} — ${whole(v.hoursReturned)} agent hours returned, worth ${money(v.benefit, currency)}.`,
      fontSize: 9,
      margin: [0, 2, 0, 2],
    })),
    {
      text: 'What the programme returns to each department over the horizon',
      style: 'h2',
    },
    table(
      [
        'Department',
        'Per month today',
        'Target deflection',
        'Go-live month',
        'Deflected',
        'Hours returned',
        'Benefit',
      ],
      views.map((v) => [
        v.label,
        `${whole(v.monthlyVolume)} ${v.unitPlural}`,
        percent(v.targetDeflection),
        v.goLiveMonth,
        `${whole(v.requestsDeflected)} ${v.unitPlural}`,
        whole(v.hoursReturned),
        money(v.benefit, currency),
      ]),
    ),
  ];
}

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

function financeContent(
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

const TITLES: Record<Audience, string> = {
  cio: 'CIO',
  'department-head': 'Department heads',
  finance: 'Finance',
};

export type BusinessCasePdfArgs = {
  name: string;
  audience: Audience;
  currency: string;
  /** The saved version and when it was saved (ISO instant), as the case page says them. */
  version: number;
  savedAt: string;
  /** The organisation's time zone: the saved day is its day, the one the case page shows. */
  timeZone: string;
  input: BusinessCaseInput;
  sources: AssumptionSources;
  result: BusinessCaseResult;
};

/** The document of one audience's PDF (pdfmake's definition, which tests read). */
export function businessCaseDocument({
  name,
  audience,
  currency,
  version,
  savedAt,
  timeZone,
  input,
  sources,
  result,
}: BusinessCasePdfArgs): DocumentDefinition {
  const body =
    audience === 'cio'
      ? cioContent(input, result, currency)
      : audience === 'finance'
        ? financeContent(input, sources, result, currency)
        : departmentHeadContent(input, currency);
  const warnings = result.warnings.map((w) => `• ${w.message}`).join('\n');
  const doc: DocumentDefinition = {
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 36],
    info: { title: `${name} — ${TITLES[audience]}`, creator: 'ESM Planner' },
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    styles: {
      h1: { fontSize: 16, bold: true },
      h2: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
    },
    content: [
      { text: name, style: 'h1' },
      {
        text: `Business case — ${TITLES[audience]} view. Version ${version}, saved ${formatDayOf(savedAt, timeZone)}.`,
        margin: [0, 0, 0, 8],
      },
      ...body,
      ...(warnings
        ? [
            { text: 'Warnings', style: 'h2' },
            { text: warnings, fontSize: 8 },
          ]
        : []),
    ],
  };
  return doc;
}

/** A one-page A4 PDF of the case for one audience. */
export async function businessCasePdf(
  args: BusinessCasePdfArgs,
): Promise<Buffer> {
  return Buffer.from(
    await pdfmake.createPdf(businessCaseDocument(args)).getBuffer(),
  );
}
