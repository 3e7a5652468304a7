import { BusinessCaseInput, CaseModel } from './business-case-input';
import {
  DEPARTMENT_KIND_LABELS,
  labelOf,
} from '@esm-planner/shared-util-format';

/** Where an input figure came from, as the caller knows it. */
export const ASSUMPTION_SOURCES = [
  'AUDIT',
  'ROADMAP',
  // A go-live date from the department's saved 90-day plan (rather than the roadmap's schedule).
  'PLAN',
  'BENCHMARK',
  // A live department's own deflection, measured from its request records (domain §8, "Measured defaults").
  'MEASURED',
  // A figure nobody measured or entered: a model default or a stated assumption (the 0.30 deflection).
  'ASSUMPTION',
  'ENTERED',
  'DEFAULT',
] as const;

export type AssumptionSource = (typeof ASSUMPTION_SOURCES)[number];

/** Sources by field path (`loadedHourlyCost`, `departments[0].monthlyVolume`). */
export type AssumptionSources = Readonly<Record<string, AssumptionSource>>;

export type Assumption = {
  field: string;
  value: number;
  unit: string;
  source: AssumptionSource;
  /** Set for the 0.30 deflection used where no benchmark exists. */
  note?: string;
};

type GlobalField = Exclude<
  keyof CaseModel,
  'departments' | 'monteCarloRuns' | 'seed'
>;

const GLOBAL_UNITS: readonly [GlobalField, string][] = [
  ['horizonMonths', 'months'],
  ['loadedHourlyCost', 'currency per agent hour'],
  ['annualVolumeGrowth', 'fraction per year'],
  ['residualCostPerDeflected', 'currency per deflected request'],
  ['oneTimeCosts', 'currency, month 0'],
  ['changeManagementCost', 'currency, month 0'],
  ['monthlyPlatformCost', 'currency per month'],
  ['monthlyCoeCost', 'currency per month'],
  ['annualDiscountRate', 'fraction per year'],
];

const DEPARTMENT_UNITS = [
  ['monthlyVolume', 'requests per month'],
  ['handlingMinutes', 'minutes per request'],
  ['targetDeflection', 'fraction of requests'],
  ['goLiveMonth', 'case month'],
  ['rampMonths', 'months'],
] as const;

function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}

function departmentAssumptions(
  input: BusinessCaseInput,
  model: CaseModel,
  sources: AssumptionSources,
): Assumption[] {
  return model.departments.flatMap((d) =>
    DEPARTMENT_UNITS.map(([key, unit]) => {
      const field = `departments[${d.index}].${key}`;
      const missing = isMissing(input.departments[d.index][key]);
      const assumed =
        key === 'targetDeflection' && d.deflectionOrigin === 'ASSUMPTION';
      // A benchmark fills a missing target, unless there is none to fill it.
      const fallback: AssumptionSource =
        key === 'targetDeflection' && d.deflectionOrigin === 'BENCHMARK'
          ? 'BENCHMARK'
          : 'DEFAULT';
      const assumption: Assumption = {
        field,
        value: d[key],
        unit,
        source: sources[field] ?? (missing ? fallback : 'ENTERED'),
      };
      if (assumed) {
        assumption.note = `no published benchmark for ${labelOf(DEPARTMENT_KIND_LABELS, d.kind)}: an assumption until the organisation sets a target`;
      }
      return assumption;
    }),
  );
}

/**
 * Every figure the case rests on, with its unit and source: the caller's
 * source for the field when it gave one, else DEFAULT for a value the
 * model filled in (BENCHMARK for a deflection filled from the benchmark),
 * else ENTERED. Globals first, then departments in input order.
 */
export function listAssumptions({
  input,
  model,
  sources = {},
}: {
  input: BusinessCaseInput;
  model: CaseModel;
  sources?: AssumptionSources;
}): Assumption[] {
  const globals = GLOBAL_UNITS.map(([field, unit]): Assumption => ({
    field,
    value: model[field],
    unit,
    source: sources[field] ?? (isMissing(input[field]) ? 'DEFAULT' : 'ENTERED'),
  }));
  return [...globals, ...departmentAssumptions(input, model, sources)];
}
