import ExcelJS from 'exceljs';
import { CaseModel } from '@esm-planner/domain-business-case';
import {
  ASSUMPTION_SOURCE_LABELS,
  BENCHMARK_POSITION_LABELS,
  labelOf,
} from '@esm-planner/shared-util-format';

// Where each figure of the case workbook sits (layout in
// docs/domain/business-case.md): the sheets' formulas refer to one another
// through these rows and columns, so they are worked out in one place.

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
// Codes in the dictionary's words, as on the case page and in the PDFs.
export const source = (code: string) => labelOf(ASSUMPTION_SOURCE_LABELS, code);
export const position = (code: keyof typeof BENCHMARK_POSITION_LABELS) =>
  `"${BENCHMARK_POSITION_LABELS[code]}"`;

export const g = (key: Globals) => `Inputs!$B$${ROW_OF[key]}`;
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

/**
 * The column letters of a sheet laid out as one block of columns per
 * department from column `first` (the block's fields in order), then the
 * totals' columns in order.
 */
export function departmentBlockColumns<F extends string, T extends string>(
  layout: {
    first: number;
    perDepartment: readonly F[];
    totals: readonly T[];
  },
  departments: number,
): { perDepartment: (i: number) => Record<F, string> } & Record<T, string> {
  const width = layout.perDepartment.length;
  const lettersFrom = <K extends string>(start: number, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key, k) => [key, col(start + k)])) as Record<
      K,
      string
    >;
  return {
    perDepartment: (i: number) =>
      lettersFrom(layout.first + width * i, layout.perDepartment),
    ...lettersFrom(layout.first + width * departments, layout.totals),
  };
}

/** Monthly!<column> letters: per department volume, deflection, benefit; then the totals. */
export function monthlyColumns(departments: number) {
  return departmentBlockColumns(
    {
      first: 2,
      perDepartment: ['volume', 'deflection', 'benefit'],
      totals: [
        'benefit',
        'cost',
        'net',
        'cumulative',
        'discountedNet',
        'paybackCrossing',
      ],
    },
    departments,
  );
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
