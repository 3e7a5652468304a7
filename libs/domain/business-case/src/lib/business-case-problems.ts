import { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { isDepartmentKind } from '@esm-planner/domain-departments';

import { BusinessCaseInput, DepartmentCaseInput } from './business-case-input';

/** One invalid field: `field` is a path such as `departments[1].monthlyVolume`. */
export type { FieldProblem };

// Caps on the size of one case (docs/security.md, "Business-case caps"): the
// work of an evaluation grows with departments × months × runs, and one
// request must not occupy a worker for long. 30 departments is several times
// an organisation's service departments (domain §1 names seven kinds).
export const MAX_HORIZON_MONTHS = 120;
export const MAX_MONTE_CARLO_RUNS = 100_000;
export const MAX_CASE_DEPARTMENTS = 30;

type Rule =
  | { kind: 'nonNegative' }
  | { kind: 'fraction' }
  | { kind: 'integer'; min: number; max?: number };

// Returns the message for a value that breaks the rule, or null when it holds.
function ruleMessage(value: number, rule: Rule): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return 'must be a finite number';
  }
  switch (rule.kind) {
    case 'nonNegative':
      return value < 0 ? 'must not be negative' : null;
    case 'fraction':
      return value < 0 || value > 1
        ? 'must be a fraction between 0 and 1'
        : null;
    case 'integer': {
      if (!Number.isInteger(value)) return 'must be a whole number';
      if (value < rule.min) return `must be at least ${rule.min}`;
      if (rule.max !== undefined && value > rule.max) {
        return `must be at most ${rule.max}`;
      }
      return null;
    }
  }
}

function check(
  problems: FieldProblem[],
  field: string,
  value: number | null | undefined,
  rule: Rule,
  required: boolean,
): void {
  if (value === null || value === undefined) {
    if (required) problems.push({ field, message: `${field} is required` });
    return;
  }
  const message = ruleMessage(value, rule);
  if (message) problems.push({ field, message: `${field} ${message}` });
}

const GLOBAL_RULES: readonly [keyof BusinessCaseInput, Rule, boolean][] = [
  [
    'horizonMonths',
    { kind: 'integer', min: 1, max: MAX_HORIZON_MONTHS },
    false,
  ],
  ['loadedHourlyCost', { kind: 'nonNegative' }, true],
  ['annualVolumeGrowth', { kind: 'fraction' }, false],
  ['residualCostPerDeflected', { kind: 'nonNegative' }, false],
  ['oneTimeCosts', { kind: 'nonNegative' }, true],
  ['changeManagementCost', { kind: 'nonNegative' }, false],
  ['monthlyPlatformCost', { kind: 'nonNegative' }, true],
  ['monthlyCoeCost', { kind: 'nonNegative' }, false],
  ['annualDiscountRate', { kind: 'fraction' }, false],
  [
    'monteCarloRuns',
    { kind: 'integer', min: 0, max: MAX_MONTE_CARLO_RUNS },
    false,
  ],
  ['seed', { kind: 'integer', min: Number.MIN_SAFE_INTEGER }, false],
];

const DEPARTMENT_RULES: readonly [keyof DepartmentCaseInput, Rule, boolean][] =
  [
    ['monthlyVolume', { kind: 'nonNegative' }, true],
    ['handlingMinutes', { kind: 'nonNegative' }, true],
    ['targetDeflection', { kind: 'fraction' }, false],
    ['goLiveMonth', { kind: 'integer', min: 1 }, true],
    ['rampMonths', { kind: 'integer', min: 1 }, false],
  ];

function departmentProblems(
  department: DepartmentCaseInput,
  index: number,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const prefix = `departments[${index}]`;
  if (!isDepartmentKind(department.kind)) {
    problems.push({
      field: `${prefix}.kind`,
      message: `${prefix}.kind is not a department kind`,
    });
  }
  for (const [key, rule, required] of DEPARTMENT_RULES) {
    const value = department[key] as number | null | undefined;
    check(problems, `${prefix}.${key}`, value, rule, required);
  }
  return problems;
}

/**
 * Every invalid field of a business case, in input order; empty when the
 * case can be evaluated. Rates are fractions in [0, 1] (a negative growth
 * or discount rate is refused, as every rate in the API is a fraction);
 * money, volumes and minutes must not be negative; months and runs are
 * whole numbers.
 */
export function businessCaseProblems({
  input,
}: {
  input: BusinessCaseInput;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, rule, required] of GLOBAL_RULES) {
    const value = input[key] as number | null | undefined;
    check(problems, key, value, rule, required);
  }
  if (!Array.isArray(input.departments) || input.departments.length === 0) {
    problems.push({
      field: 'departments',
      message: 'departments must list at least one department',
    });
    return problems;
  }
  if (input.departments.length > MAX_CASE_DEPARTMENTS) {
    // Refused before each department is checked: the list itself is too long.
    problems.push({
      field: 'departments',
      message: `departments lists ${input.departments.length} departments; a case has at most ${MAX_CASE_DEPARTMENTS}`,
    });
    return problems;
  }
  input.departments.forEach((department, index) =>
    problems.push(...departmentProblems(department, index)),
  );
  return problems;
}

/** Thrown by `evaluateBusinessCase` for an input with problems. */
export class BusinessCaseInputError extends RangeError {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(
      `invalid business case: ${problems
        .map((problem) => problem.message)
        .join('; ')}`,
    );
    this.name = 'BusinessCaseInputError';
  }
}
