import { DepartmentKind } from '@esm-planner/domain-departments';
import {
  DEPARTMENT_KIND_LABELS,
  formatCount,
  formatDate,
  formatShortDateRange,
  labelOf,
} from '@esm-planner/shared-util-format';
import type { DeflectionBenchmark } from '@esm-planner/domain-metrics';
import { formatEpochDay, toEpochDay } from '@esm-planner/shared-util-dates';

import { AssumptionSource } from './assumptions';
import {
  BUSINESS_CASE_DEFAULTS,
  BusinessCaseInput,
  DepartmentCaseInput,
} from './business-case-input';
import { benchmarkDeflection } from './deflection-benchmark';
import { goLiveMonthFromPlan } from './go-live-month';
import type { MeasuredDeflection } from './measured-deflection';

/**
 * What a saved business case stores: the figures the user entered. A
 * department field left out follows its default (latest audit, roadmap,
 * benchmark) each time the case is evaluated, so the case follows new data.
 */
export type SavedDepartmentInputs = {
  departmentId: string;
  monthlyVolume?: number | null;
  handlingMinutes?: number | null;
  targetDeflection?: number | null;
  goLiveMonth?: number | null;
  rampMonths?: number | null;
  /**
   * Set by the API, never entered: the department's own deflection when it
   * was live with four complete weeks of records as the case took it in
   * (domain §8, "Measured defaults"). It replaces the benchmark as the
   * default target, and stays with the case so that later data cannot move
   * the plan the case is measured against.
   */
  measuredDeflection?: MeasuredDeflection | null;
};

export type SavedCaseInputs = Omit<BusinessCaseInput, 'departments'> & {
  /** ISO date of month 0; default: the earliest scheduled plan start, else `today`. */
  programmeStart?: string | null;
  departments: readonly SavedDepartmentInputs[];
};

/** What the organisation knows about one department, read by the API. */
export type DepartmentFacts = {
  departmentId: string;
  name: string;
  kind: DepartmentKind;
  vocabulary: string | null;
  /** From the latest audit; null without one (or without handling times in it). */
  auditMonthlyVolume: number | null;
  auditHandlingMinutes: number | null;
  /** The roadmap's or the saved plan's schedule; null when the department is not scheduled. */
  schedule: {
    planStart: string;
    goLiveDate: string;
    source: 'ROADMAP' | 'PLAN';
  } | null;
  /** Its deflection benchmark (the organisation's figure or the published one); default: the published one for `kind`. */
  deflectionBenchmark?: DeflectionBenchmark | null;
};

/** One input figure, where it came from, and what it would be without an override. */
export type SourcedValue = {
  value: number;
  source: AssumptionSource;
  defaultValue: number;
  defaultSource: AssumptionSource;
  /** Why the default is what it is, when that is not obvious. */
  note: string | null;
};

export type SavedCaseDepartment = {
  departmentId: string;
  name: string;
  kind: DepartmentKind;
  vocabulary: string | null;
  monthlyVolume: SourcedValue;
  handlingMinutes: SourcedValue;
  targetDeflection: SourcedValue;
  goLiveMonth: SourcedValue;
  rampMonths: SourcedValue;
};

export type AssembledCase = {
  programmeStart: { value: string; source: AssumptionSource };
  departments: SavedCaseDepartment[];
  /** Ready for `evaluateBusinessCase`: every department value filled in. */
  input: BusinessCaseInput;
  /** Field path → source, for `financeView` and the exports. */
  sources: Record<string, AssumptionSource>;
  /** Departments of the saved case the organisation no longer has (left out of `input`). */
  missingDepartmentIds: string[];
};

/** Days from one plan start to the next when the roadmap has not scheduled a department. */
export const ASSUMED_PLAN_SPACING_DAYS = 90;
/** Day 61 of a 90-day plan is 60 days after its day 1. */
const DAY_61_OFFSET = 60;

const GLOBAL_FIELDS = [
  'horizonMonths',
  'loadedHourlyCost',
  'annualVolumeGrowth',
  'residualCostPerDeflected',
  'oneTimeCosts',
  'changeManagementCost',
  'monthlyPlatformCost',
  'monthlyCoeCost',
  'annualDiscountRate',
] as const;

function isSet(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

function sourced(
  entered: number | null | undefined,
  fallback: Omit<SourcedValue, 'value' | 'source'>,
): SourcedValue {
  return isSet(entered)
    ? { ...fallback, value: entered, source: 'ENTERED' }
    : {
        ...fallback,
        value: fallback.defaultValue,
        source: fallback.defaultSource,
      };
}

function programmeStartOf(
  saved: SavedCaseInputs,
  facts: readonly DepartmentFacts[],
  today: string,
) {
  if (saved.programmeStart)
    return { value: saved.programmeStart, source: 'ENTERED' as const };
  const starts = facts
    .flatMap((f) => (f.schedule ? [f.schedule.planStart] : []))
    .sort();
  return starts.length > 0
    ? { value: starts[0], source: 'ROADMAP' as const }
    : { value: today, source: 'ASSUMPTION' as const };
}

// A day 61 before an entered programme start means the department is live
// from the first month.
function monthOf(programmeStart: string, day61Date: string): number {
  return toEpochDay(day61Date)! < toEpochDay(programmeStart)!
    ? 1
    : goLiveMonthFromPlan({ programmeStart, day61Date });
}

function goLiveDefault(
  facts: DepartmentFacts,
  position: number,
  programmeStart: string,
) {
  if (facts.schedule) {
    return {
      defaultValue: monthOf(programmeStart, facts.schedule.goLiveDate),
      defaultSource: facts.schedule.source,
      note: `day 61 of the plan: ${formatDate(facts.schedule.goLiveDate)}`,
    };
  }
  // Not on the roadmap yet: 90-day plans one after another in case order.
  const day61 = formatEpochDay(
    toEpochDay(programmeStart)! +
      position * ASSUMED_PLAN_SPACING_DAYS +
      DAY_61_OFFSET,
  );
  return {
    defaultValue: goLiveMonthFromPlan({ programmeStart, day61Date: day61 }),
    defaultSource: 'ASSUMPTION' as const,
    note: `not on the roadmap: assumed plans of ${ASSUMED_PLAN_SPACING_DAYS} days one after another (day 61 on ${formatDate(day61)})`,
  };
}

function department(
  saved: SavedDepartmentInputs,
  facts: DepartmentFacts,
  position: number,
  programmeStart: string,
): SavedCaseDepartment {
  const benchmark = benchmarkDeflection({
    kind: facts.kind,
    benchmark: facts.deflectionBenchmark,
  });
  const fromAudit = (value: number | null, what: string) =>
    value === null
      ? {
          defaultValue: 0,
          defaultSource: 'ASSUMPTION' as const,
          note: `no audit ${what} yet: enter a figure`,
        }
      : { defaultValue: value, defaultSource: 'AUDIT' as const, note: null };
  return {
    departmentId: facts.departmentId,
    name: facts.name,
    kind: facts.kind,
    vocabulary: facts.vocabulary,
    monthlyVolume: sourced(
      saved.monthlyVolume,
      fromAudit(facts.auditMonthlyVolume, 'volume'),
    ),
    handlingMinutes: sourced(
      saved.handlingMinutes,
      fromAudit(facts.auditHandlingMinutes, 'handling time'),
    ),
    targetDeflection: sourced(
      saved.targetDeflection,
      targetDefault(saved.measuredDeflection ?? null, benchmark, facts),
    ),
    goLiveMonth: sourced(
      saved.goLiveMonth,
      goLiveDefault(facts, position, programmeStart),
    ),
    rampMonths: sourced(saved.rampMonths, {
      defaultValue: BUSINESS_CASE_DEFAULTS.rampMonths,
      defaultSource: 'ASSUMPTION',
      note: null,
    }),
  };
}

function targetDefault(
  measured: MeasuredDeflection | null,
  benchmark: ReturnType<typeof benchmarkDeflection>,
  facts: DepartmentFacts,
) {
  if (measured) {
    return {
      defaultValue: measured.value,
      defaultSource: 'MEASURED' as const,
      note: `measured: ${formatCount(measured.deflected)} of ${formatCount(measured.total)} requests deflected in the 4 complete weeks ${formatShortDateRange(measured.from, measured.to)}`,
    };
  }
  return {
    defaultValue: benchmark.value,
    defaultSource: benchmark.origin,
    note: benchmarkNote(benchmark.source, facts),
  };
}

function benchmarkNote(
  source: DeflectionBenchmark['source'],
  facts: DepartmentFacts,
): string {
  const kind = labelOf(DEPARTMENT_KIND_LABELS, facts.kind);
  if (source === 'ORGANIZATION')
    return `the organisation's benchmark for ${facts.name}`;
  return source === 'ASSUMPTION'
    ? `no published benchmark for ${kind}`
    : `benchmark for ${kind} at month 3`;
}

const DEPARTMENT_FIELDS = [
  'monthlyVolume',
  'handlingMinutes',
  'targetDeflection',
  'goLiveMonth',
  'rampMonths',
] as const;

/**
 * A saved case made evaluable: each department value is the user's
 * override (ENTERED) or its default — volume and handling minutes from the
 * latest audit (AUDIT), target deflection measured when the case took the
 * department in live (MEASURED), else from the benchmark (BENCHMARK, or the
 * 0.30 ASSUMPTION), go-live month from the roadmap or plan (ROADMAP,
 * PLAN) counted from the programme start, ramp 3 months (ASSUMPTION).
 * `today` (ISO date) is the programme start when nothing else gives one.
 * Does not validate: `evaluateBusinessCase` does, naming the field paths.
 */
export function assembleSavedCase({
  saved,
  facts,
  today,
}: {
  saved: SavedCaseInputs;
  facts: readonly DepartmentFacts[];
  today: string;
}): AssembledCase {
  const byId = new Map(facts.map((f) => [f.departmentId, f]));
  const known = saved.departments.filter((d) => byId.has(d.departmentId));
  const programmeStart = programmeStartOf(
    saved,
    known.map((d) => byId.get(d.departmentId)!),
    today,
  );
  const departments = known.map((d, position) =>
    department(d, byId.get(d.departmentId)!, position, programmeStart.value),
  );
  const sources: Record<string, AssumptionSource> = {};
  for (const field of GLOBAL_FIELDS) {
    sources[field] = isSet(saved[field]) ? 'ENTERED' : 'ASSUMPTION';
  }
  departments.forEach((d, i) => {
    for (const field of DEPARTMENT_FIELDS)
      sources[`departments[${i}].${field}`] = d[field].source;
  });
  const { programmeStart: _omit, departments: _saved, ...globals } = saved;
  const input: BusinessCaseInput = {
    ...globals,
    departments: departments.map((d): DepartmentCaseInput => ({
      departmentId: d.departmentId,
      kind: d.kind,
      name: d.name,
      vocabulary: d.vocabulary,
      monthlyVolume: d.monthlyVolume.value,
      handlingMinutes: d.handlingMinutes.value,
      // Left to the model when it is the benchmark, so it labels the 0.30 assumption and warns.
      targetDeflection:
        d.targetDeflection.source === 'ENTERED' ||
        d.targetDeflection.source === 'MEASURED'
          ? d.targetDeflection.value
          : null,
      benchmark: byId.get(d.departmentId)!.deflectionBenchmark ?? null,
      goLiveMonth: d.goLiveMonth.value,
      rampMonths: d.rampMonths.source === 'ENTERED' ? d.rampMonths.value : null,
    })),
  };
  return {
    programmeStart,
    departments,
    input,
    sources,
    missingDepartmentIds: saved.departments
      .filter((d) => !byId.has(d.departmentId))
      .map((d) => d.departmentId),
  };
}
