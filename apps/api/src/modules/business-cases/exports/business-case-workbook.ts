import ExcelJS from 'exceljs';
import {
  AssumptionSources,
  BusinessCaseInput,
  BusinessCaseResult,
  CaseModel,
  costPerRequest,
  monthlyRateFromAnnual,
  validCaseModel,
} from '@esm-planner/domain-business-case';
import {
  ASSUMPTION_SOURCE_LABELS,
  BENCHMARK_POSITION_LABELS,
  DEPARTMENT_KIND_LABELS,
  labelOf,
} from '@esm-planner/shared-util-format';

/**
 * The business case as a workbook Finance can audit (data-formats §6,
 * layout in docs/domain/business-case.md): Inputs (values with their
 * sources), Monthly (the model as live formulas on Inputs), Outputs
 * (payback, ROI, NPV, IRR as formulas on Monthly) and Sensitivity (each row
 * a whole rerun of the model, so values); value-realisation-sheet.ts adds
 * Actuals. Every formula cell carries the
 * model's own number as its cached result, so a reader that does not
 * recalculate shows the same figures as the dashboard.
 */

type Globals = keyof Omit<CaseModel, 'departments' | 'monteCarloRuns' | 'seed'>;

// Inputs!B<row> of each global figure.
export const GLOBAL_ROWS: readonly [Globals, string, string][] = [
  ['horizonMonths', 'Horizon', 'months'],
  ['loadedHourlyCost', 'Loaded hourly cost', 'currency per agent hour'],
  ['annualVolumeGrowth', 'Annual volume growth', 'fraction per year'],
  [
    'residualCostPerDeflected',
    'Residual cost per deflected request',
    'currency',
  ],
  ['oneTimeCosts', 'One-time costs (month 0)', 'currency'],
  ['changeManagementCost', 'Change management (month 0)', 'currency'],
  ['monthlyPlatformCost', 'Platform cost', 'currency per month'],
  ['monthlyCoeCost', 'CoE cost', 'currency per month'],
  ['annualDiscountRate', 'Annual discount rate', 'fraction per year'],
];
const ROW_OF = Object.fromEntries(
  GLOBAL_ROWS.map(([key], i) => [key, i + 2]),
) as Record<Globals, number>;
export const MONTHLY_RATE_ROW = GLOBAL_ROWS.length + 2; // 11
export const DEPARTMENT_HEADER_ROW = MONTHLY_RATE_ROW + 3; // 14
const DEPARTMENT_FIELDS = [
  'monthlyVolume',
  'handlingMinutes',
  'targetDeflection',
  'goLiveMonth',
  'rampMonths',
] as const;

// Codes in the dictionary's words, as on the case page and in the PDFs.
const source = (code: string) => labelOf(ASSUMPTION_SOURCE_LABELS, code);
const position = (code: keyof typeof BENCHMARK_POSITION_LABELS) =>
  `"${BENCHMARK_POSITION_LABELS[code]}"`;

const g = (key: Globals) => `Inputs!$B$${ROW_OF[key]}`;
export const col = (n: number) => {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
};

export type Cached = number | string;
export function formula(
  cell: ExcelJS.Cell,
  text: string,
  result: Cached,
): void {
  cell.value = { formula: text, result } as ExcelJS.CellFormulaValue;
}

function inputsSheet(
  book: ExcelJS.Workbook,
  model: CaseModel,
  sources: AssumptionSources,
  input: BusinessCaseInput,
): void {
  const sheet = book.addWorksheet('Inputs');
  sheet.addRow(['Input', 'Value', 'Unit', 'Source']).font = { bold: true };
  for (const [key, label, unit] of GLOBAL_ROWS) {
    const missing = input[key] === null || input[key] === undefined;
    sheet.addRow([
      label,
      model[key],
      unit,
      source(sources[key] ?? (missing ? 'DEFAULT' : 'ENTERED')),
    ]);
  }
  const rate = monthlyRateFromAnnual({ annualRate: model.annualDiscountRate });
  sheet.addRow([
    'Monthly discount rate',
    null,
    'fraction per month',
    source('FORMULA'),
  ]);
  formula(
    sheet.getCell(`B${MONTHLY_RATE_ROW}`),
    `(1+${g('annualDiscountRate')})^(1/12)-1`,
    rate,
  );
  sheet.getRow(DEPARTMENT_HEADER_ROW).values = [
    'Department',
    'Kind',
    'Monthly volume',
    'Handling minutes',
    'Target deflection',
    'Go-live month',
    'Ramp months',
    'Cost per request',
    'Saving per deflected',
    'Volume source',
    'Minutes source',
    'Deflection source',
    'Go-live source',
    'Ramp source',
  ];
  sheet.getRow(DEPARTMENT_HEADER_ROW).font = { bold: true };
  model.departments.forEach((d, i) => {
    const r = DEPARTMENT_HEADER_ROW + 1 + i;
    const row = sheet.getRow(r);
    row.values = [
      d.label,
      labelOf(DEPARTMENT_KIND_LABELS, d.kind),
      d.monthlyVolume,
      d.handlingMinutes,
      d.targetDeflection,
      d.goLiveMonth,
      d.rampMonths,
    ];
    const perRequest = costPerRequest({
      handlingMinutes: d.handlingMinutes,
      loadedHourlyCost: model.loadedHourlyCost,
    });
    formula(row.getCell(8), `D${r}/60*${g('loadedHourlyCost')}`, perRequest);
    formula(
      row.getCell(9),
      `H${r}-${g('residualCostPerDeflected')}`,
      perRequest - model.residualCostPerDeflected,
    );
    DEPARTMENT_FIELDS.forEach((field, k) => {
      const path = `departments[${i}].${field}`;
      const fallback =
        field === 'targetDeflection' && d.deflectionOrigin !== 'ENTERED'
          ? d.deflectionOrigin
          : 'DEFAULT';
      const entered =
        input.departments[i][field] !== null &&
        input.departments[i][field] !== undefined;
      row.getCell(10 + k).value = source(
        sources[path] ?? (entered ? 'ENTERED' : fallback),
      );
    });
  });
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 36 : 16));
}

/** Monthly!<column> letters: per department volume, deflection, benefit; then the totals. */
export function monthlyColumns(departments: number) {
  const perDepartment = (d: number) => ({
    volume: col(2 + 3 * d),
    deflection: col(3 + 3 * d),
    benefit: col(4 + 3 * d),
  });
  const next = 2 + 3 * departments;
  return {
    perDepartment,
    benefit: col(next),
    cost: col(next + 1),
    net: col(next + 2),
    cumulative: col(next + 3),
    discountedNet: col(next + 4),
    paybackCrossing: col(next + 5),
  };
}

function monthlySheet(
  book: ExcelJS.Workbook,
  model: CaseModel,
  result: BusinessCaseResult,
): void {
  const sheet = book.addWorksheet('Monthly');
  const c = monthlyColumns(model.departments.length);
  const header = ['Month'];
  model.departments.forEach((d) =>
    header.push(
      `${d.label} volume`,
      `${d.label} deflection`,
      `${d.label} benefit`,
    ),
  );
  header.push(
    'Benefit',
    'Cost',
    'Net',
    'Cumulative',
    'Discounted net',
    'Payback crossing',
  );
  sheet.addRow(header).font = { bold: true };
  const rate = monthlyRateFromAnnual({ annualRate: model.annualDiscountRate });
  result.monthly.forEach((month, m) => {
    const r = m + 2;
    const row = sheet.getRow(r);
    row.getCell(1).value = m;
    model.departments.forEach((d, i) => {
      const dr = DEPARTMENT_HEADER_ROW + 1 + i;
      const cells = c.perDepartment(i);
      const line = month.byDepartment![i];
      if (m === 0) {
        row.getCell(`${cells.volume}`).value = 0;
        row.getCell(`${cells.deflection}`).value = 0;
        row.getCell(`${cells.benefit}`).value = 0;
        return;
      }
      formula(
        row.getCell(cells.volume),
        `Inputs!$C$${dr}*(1+${g('annualVolumeGrowth')})^((A${r}-1)/12)`,
        line.volume,
      );
      formula(
        row.getCell(cells.deflection),
        `IF(A${r}<Inputs!$F$${dr},0,Inputs!$E$${dr}*MIN(1,(A${r}-Inputs!$F$${dr}+1)/Inputs!$G$${dr}))`,
        line.deflection,
      );
      formula(
        row.getCell(cells.benefit),
        `${cells.volume}${r}*${cells.deflection}${r}*Inputs!$I$${dr}`,
        line.benefit,
      );
    });
    const benefits = model.departments
      .map((_, i) => `${c.perDepartment(i).benefit}${r}`)
      .join('+');
    formula(row.getCell(c.benefit), benefits || '0', month.benefit);
    formula(
      row.getCell(c.cost),
      m === 0
        ? `${g('oneTimeCosts')}+${g('changeManagementCost')}`
        : `${g('monthlyPlatformCost')}+${g('monthlyCoeCost')}`,
      month.cost,
    );
    formula(row.getCell(c.net), `${c.benefit}${r}-${c.cost}${r}`, month.net);
    formula(
      row.getCell(c.cumulative),
      m === 0 ? `${c.net}${r}` : `${c.cumulative}${r - 1}+${c.net}${r}`,
      month.cumulative,
    );
    formula(
      row.getCell(c.discountedNet),
      `${c.net}${r}/(1+Inputs!$B$${MONTHLY_RATE_ROW})^A${r}`,
      month.net / Math.pow(1 + rate, m),
    );
    // The month in which the cumulative first reaches 0, interpolated (domain §8); blank elsewhere.
    const previous = m === 0 ? null : result.monthly[m - 1].cumulative;
    const crossing =
      m === 0
        ? month.cumulative >= 0
          ? 0
          : ''
        : previous! < 0 && month.cumulative >= 0
          ? m - 1 + -previous! / month.net
          : '';
    formula(
      row.getCell(c.paybackCrossing),
      m === 0
        ? `IF(${c.cumulative}${r}>=0,0,"")`
        : `IF(AND(${c.cumulative}${r - 1}<0,${c.cumulative}${r}>=0),(A${r}-1)+(-${c.cumulative}${r - 1})/${c.net}${r},"")`,
      crossing,
    );
  });
  sheet.columns.forEach((column, i) => {
    column.width = 14;
    // Display formats only: the cells hold the unrounded numbers.
    if (i > 0)
      column.numFmt = header[i].endsWith('deflection') ? '0.0%' : '#,##0.00';
  });
}

/** Outputs!B<row>: the figures Finance checks, as formulas. */
export const OUTPUT_ROWS = {
  paybackMonths: 2,
  totalBenefit: 3,
  totalCost: 4,
  roi: 5,
  npv: 6,
  irrMonthly: 7,
  irr: 8,
  costOfInaction: 9,
  changeManagementShare: 10,
  benchmarkPosition: 11,
} as const;

function outputsSheet(
  book: ExcelJS.Workbook,
  model: CaseModel,
  result: BusinessCaseResult,
): void {
  const sheet = book.addWorksheet('Outputs');
  const c = monthlyColumns(model.departments.length);
  const first = 2;
  const last = result.monthly.length + 1;
  const range = (column: string, from = first) =>
    `Monthly!${column}${from}:${column}${last}`;
  sheet.addRow(['Output', 'Value', 'How']).font = { bold: true };
  const put = (
    row: number,
    label: string,
    text: string,
    cached: Cached,
    how: string,
  ) => {
    sheet.getCell(`A${row}`).value = label;
    formula(sheet.getCell(`B${row}`), text, cached);
    sheet.getCell(`C${row}`).value = how;
  };
  const payback = `Outputs!B${OUTPUT_ROWS.paybackMonths}`;
  put(
    OUTPUT_ROWS.paybackMonths,
    'Payback (months)',
    `IF(COUNT(${range(c.paybackCrossing)})=0,"not within the horizon",MIN(${range(c.paybackCrossing)}))`,
    result.paybackMonths ?? 'not within the horizon',
    'first month the cumulative reaches 0, interpolated',
  );
  put(
    OUTPUT_ROWS.totalBenefit,
    'Total benefit',
    `SUM(${range(c.benefit)})`,
    result.totals.benefit,
    'months 0..horizon, undiscounted',
  );
  put(
    OUTPUT_ROWS.totalCost,
    'Total cost',
    `SUM(${range(c.cost)})`,
    result.totals.cost,
    'months 0..horizon, undiscounted',
  );
  put(
    OUTPUT_ROWS.roi,
    'ROI',
    `IF(B${OUTPUT_ROWS.totalCost}=0,"",(B${OUTPUT_ROWS.totalBenefit}-B${OUTPUT_ROWS.totalCost})/B${OUTPUT_ROWS.totalCost})`,
    result.roi ?? '',
    '(benefit − cost) / cost',
  );
  put(
    OUTPUT_ROWS.npv,
    'NPV',
    `Monthly!${c.net}${first}+NPV(Inputs!$B$${MONTHLY_RATE_ROW},${range(c.net, first + 1)})`,
    result.npv,
    'month 0 undiscounted + NPV(monthly rate, months 1..horizon)',
  );
  const monthlyIrr =
    result.irr === null ? 'no IRR' : Math.pow(1 + result.irr, 1 / 12) - 1;
  put(
    OUTPUT_ROWS.irrMonthly,
    'IRR (monthly)',
    `IFERROR(IRR(${range(c.net)}),"no IRR")`,
    monthlyIrr,
    'IRR of the monthly net flows',
  );
  put(
    OUTPUT_ROWS.irr,
    'IRR (annual)',
    `IF(ISNUMBER(B${OUTPUT_ROWS.irrMonthly}),(1+B${OUTPUT_ROWS.irrMonthly})^12-1,"no IRR")`,
    result.irr ?? 'no IRR',
    '(1 + monthly IRR)^12 − 1',
  );
  const inaction = model.departments
    .map(
      (_, i) =>
        `SUM(${range(c.perDepartment(i).volume)})*Inputs!$H$${DEPARTMENT_HEADER_ROW + 1 + i}`,
    )
    .join('+');
  put(
    OUTPUT_ROWS.costOfInaction,
    'Cost of inaction',
    inaction || '0',
    result.costOfInaction,
    'every request handled by an agent over the horizon',
  );
  const oneTime = g('oneTimeCosts');
  const change = g('changeManagementCost');
  put(
    OUTPUT_ROWS.changeManagementShare,
    'Change-management share',
    `IF(${oneTime}+${change}=0,"",${change}/(${oneTime}+${change}))`,
    result.changeManagementShare ?? '',
    'warning at 10 % or less',
  );
  put(
    OUTPUT_ROWS.benchmarkPosition,
    'Against the 14–22-month band',
    `IF(ISNUMBER(${payback}),IF(${payback}<14,${position('FASTER')},IF(${payback}<=22,${position('WITHIN')},${position('SLOWER')})),${position('NEVER')})`,
    labelOf(BENCHMARK_POSITION_LABELS, result.benchmarkPayback.position),
    'cloud ESM typically pays back in 14–22 months',
  );
  const formats: Partial<Record<keyof typeof OUTPUT_ROWS, string>> = {
    paybackMonths: '0.00',
    totalBenefit: '#,##0.00',
    totalCost: '#,##0.00',
    roi: '0.0%',
    npv: '#,##0.00',
    irrMonthly: '0.000%',
    irr: '0.0%',
    costOfInaction: '#,##0.00',
    changeManagementShare: '0.0%',
  };
  for (const [key, numFmt] of Object.entries(formats))
    sheet.getCell(`B${OUTPUT_ROWS[key as keyof typeof OUTPUT_ROWS]}`).numFmt =
      numFmt;
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 18;
  sheet.getColumn(3).width = 56;
}

function sensitivitySheet(
  book: ExcelJS.Workbook,
  result: BusinessCaseResult,
): void {
  const sheet = book.addWorksheet('Sensitivity');
  sheet.addRow([
    'Driver (each row reruns the whole model)',
    'Payback at −20 %',
    'NPV at −20 %',
    'Payback at +20 %',
    'NPV at +20 %',
    'NPV swing',
  ]).font = { bold: true };
  for (const row of result.sensitivity) {
    sheet.addRow([
      row.driver,
      row.low.paybackMonths ?? 'never',
      row.low.npv,
      row.high.paybackMonths ?? 'never',
      row.high.npv,
      row.npvSwing,
    ]);
  }
  sheet.addRow([]);
  sheet.addRow(['Scenario', 'Payback', 'NPV', 'ROI']).font = { bold: true };
  for (const s of result.scenarios)
    sheet.addRow([s.name, s.paybackMonths ?? 'never', s.npv, s.roi ?? '']);
  sheet.getColumn(1).width = 40;
}

/** The workbook of a case; `result` is evaluateBusinessCase of the same input. */
export function businessCaseWorkbook({
  name,
  input,
  sources,
  result,
}: {
  name: string;
  input: BusinessCaseInput;
  sources: AssumptionSources;
  result: BusinessCaseResult;
}): ExcelJS.Workbook {
  const model = validCaseModel({ input });
  const book = new ExcelJS.Workbook();
  book.creator = 'ESM Planner';
  book.title = name;
  // Ask spreadsheet applications to recompute on open: the formulas are the model.
  book.calcProperties.fullCalcOnLoad = true;
  inputsSheet(book, model, sources, input);
  monthlySheet(book, model, result);
  outputsSheet(book, model, result);
  sensitivitySheet(book, result);
  return book;
}
