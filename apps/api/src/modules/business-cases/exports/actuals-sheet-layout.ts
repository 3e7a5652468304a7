import ExcelJS from 'exceljs';
import { CaseModel, ValueRealisation } from '@esm-planner/domain-business-case';
import { departmentBlockColumns, monthlyColumns } from './workbook-layout';

// Where things sit on the Actuals sheet: the month rows' columns, the
// summary blocks' rows, and the ranges the formulas sum over.

export const FIRST_ROW = 2; // month 0

/** Actuals!<column> letters of department i, then the programme's. */
export function actualsColumns(departments: number) {
  return departmentBlockColumns(
    {
      first: 5,
      perDepartment: [
        'volume',
        'plannedDeflected',
        'requests',
        'deflected',
        'plannedBenefit',
        'realisedBenefit',
        'countedPlanned',
        'countedRealised',
      ],
      totals: [
        'plannedBenefit',
        'realisedBenefit',
        'cost',
        'forecastNet',
        'forecastCumulative',
        'paybackCrossing',
      ],
    },
    departments,
  );
}

/** Where the summary blocks start, below the months. */
export function actualsSummaryRows(horizonMonths: number, departments: number) {
  const departmentHeader = FIRST_ROW + horizonMonths + 2;
  const programme = departmentHeader + departments + 2;
  return {
    departmentHeader,
    department: (i: number) => departmentHeader + 1 + i,
    measuredOn: programme,
    version: programme + 1,
    completeMonths: programme + 2,
    plannedToDate: programme + 3,
    realisedToDate: programme + 4,
    varianceToDate: programme + 5,
    plannedPayback: programme + 6,
    forecastPayback: programme + 7,
    forecastNpv: programme + 8,
    forecastRoi: programme + 9,
  };
}

export const blankIfNull = (value: number | null) => value ?? '';

/** What every block of the Actuals sheet writes against. */
export interface ActualsSheetContext {
  sheet: ExcelJS.Worksheet;
  model: CaseModel;
  value: ValueRealisation;
  columns: ReturnType<typeof actualsColumns>;
  monthlyColumns: ReturnType<typeof monthlyColumns>;
  summaryRows: ReturnType<typeof actualsSummaryRows>;
  /** `$X$from:$X$last`: one column over the months (1..horizon by default). */
  months: (column: string, from?: number) => string;
}

export function actualsSheetContext(
  sheet: ExcelJS.Worksheet,
  model: CaseModel,
  value: ValueRealisation,
): ActualsSheetContext {
  const n = model.departments.length;
  const last = FIRST_ROW + model.horizonMonths;
  return {
    sheet,
    model,
    value,
    columns: actualsColumns(n),
    monthlyColumns: monthlyColumns(n),
    summaryRows: actualsSummaryRows(model.horizonMonths, n),
    months: (column: string, from = FIRST_ROW + 1) =>
      `$${column}$${from}:$${column}$${last}`,
  };
}
