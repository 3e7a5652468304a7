import ExcelJS from 'exceljs';
import {
  BusinessCaseResult,
  CaseModel,
} from '@esm-planner/domain-business-case';
import {
  BENCHMARK_POSITION_LABELS,
  labelOf,
} from '@esm-planner/shared-util-format';
import {
  Cached,
  DEPARTMENT_HEADER_ROW,
  formula,
  g,
  monthlyColumns,
  MONTHLY_RATE_ROW,
  OUTPUT_ROWS,
  position,
} from './workbook-layout';

// What every output row needs: Monthly's columns, a column's months 0..horizon
// as a range (or from a later month), and a writer of one labelled formula.
type Outputs = {
  c: ReturnType<typeof monthlyColumns>;
  range: (column: string, from?: number) => string;
  put: (
    row: number,
    label: string,
    text: string,
    cached: Cached,
    how: string,
  ) => void;
};

const FIRST_MONTH_ROW = 2;

/** The Outputs sheet: payback, ROI, NPV, IRR and the rest as formulas on Monthly. */
export function outputsSheet(
  book: ExcelJS.Workbook,
  model: CaseModel,
  result: BusinessCaseResult,
): void {
  const sheet = book.addWorksheet('Outputs');
  const last = result.monthly.length + 1;
  sheet.addRow(['Output', 'Value', 'How']).font = { bold: true };
  const outputs: Outputs = {
    c: monthlyColumns(model.departments.length),
    range: (column, from = FIRST_MONTH_ROW) =>
      `Monthly!${column}${from}:${column}${last}`,
    put: (row, label, text, cached, how) => {
      sheet.getCell(`A${row}`).value = label;
      formula(sheet.getCell(`B${row}`), text, cached);
      sheet.getCell(`C${row}`).value = how;
    },
  };
  putReturns(outputs, result);
  putComparisons(outputs, model, result);
  formatOutputs(sheet);
}

// Payback, totals, ROI, NPV and IRR: what the case returns.
function putReturns(
  { c, range, put }: Outputs,
  result: BusinessCaseResult,
): void {
  const first = FIRST_MONTH_ROW;
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
}

// The cost of doing nothing, the change-management share and the payback
// against the 14–22-month band.
function putComparisons(
  { c, range, put }: Outputs,
  model: CaseModel,
  result: BusinessCaseResult,
): void {
  const payback = `Outputs!B${OUTPUT_ROWS.paybackMonths}`;
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
}

// Display formats only: the cells hold the unrounded numbers.
function formatOutputs(sheet: ExcelJS.Worksheet): void {
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
