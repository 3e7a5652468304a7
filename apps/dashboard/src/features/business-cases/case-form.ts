import type {
  BusinessCaseFieldsFragment,
  BusinessCaseInput,
  FieldSourceInput,
  SaveBusinessCaseInput,
} from '@esm-planner/dashboard-data-access-graphql';
import { businessCaseProblems } from '@esm-planner/domain-business-case';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { parseNumberText } from '../forms/number-text';

/**
 * The case page's editable state. Every figure is text as typed; an empty
 * department field means "the default" (audit, roadmap, benchmark), so Reset
 * is clearing the text. Rates are typed in percent and sent as fractions.
 */
export const GLOBAL_FIELDS = [
  {
    key: 'loadedHourlyCost',
    label: 'Loaded hourly cost',
    unit: 'money',
    fallback: null,
  },
  {
    key: 'oneTimeCosts',
    label: 'One-time costs (month 0)',
    unit: 'money',
    fallback: null,
  },
  {
    key: 'changeManagementCost',
    label: 'Change management (month 0)',
    unit: 'money',
    fallback: 0,
  },
  {
    key: 'monthlyPlatformCost',
    label: 'Platform cost per month',
    unit: 'money',
    fallback: null,
  },
  {
    key: 'monthlyCoeCost',
    label: 'CoE cost per month',
    unit: 'money',
    fallback: 0,
  },
  {
    key: 'residualCostPerDeflected',
    label: 'Residual cost per deflected request',
    unit: 'money',
    fallback: 0,
  },
  {
    key: 'annualVolumeGrowth',
    label: 'Annual volume growth (%)',
    unit: 'percent',
    fallback: 0,
  },
  {
    key: 'annualDiscountRate',
    label: 'Annual discount rate (%)',
    unit: 'percent',
    fallback: 0.08,
  },
  {
    key: 'horizonMonths',
    label: 'Horizon (months)',
    unit: 'whole',
    fallback: 36,
  },
  {
    key: 'monteCarloRuns',
    label: 'Monte Carlo runs',
    unit: 'whole',
    fallback: 0,
  },
  { key: 'seed', label: 'Monte Carlo seed', unit: 'whole', fallback: 1 },
] as const;

export type GlobalKey = (typeof GLOBAL_FIELDS)[number]['key'];

export const DEPARTMENT_FIELDS = [
  { key: 'monthlyVolume', label: 'Requests a month', unit: 'number' },
  { key: 'handlingMinutes', label: 'Handling minutes', unit: 'number' },
  { key: 'targetDeflection', label: 'Target deflection (%)', unit: 'percent' },
  { key: 'goLiveMonth', label: 'Go-live month', unit: 'whole' },
  { key: 'rampMonths', label: 'Ramp (months)', unit: 'whole' },
] as const;

export type DepartmentKey = (typeof DEPARTMENT_FIELDS)[number]['key'];

export type DefaultValue = {
  value: number;
  source: string;
  note: string | null;
};

export type DepartmentForm = {
  departmentId: string;
  name: string;
  kind: BusinessCaseFieldsFragment['departments'][number]['kind'];
  vocabulary: string | null;
  /** The override as typed; '' follows the default. */
  text: Record<DepartmentKey, string>;
  defaults: Record<DepartmentKey, DefaultValue>;
};

export type CaseForm = {
  name: string;
  programmeStart: string | null;
  globals: Record<GlobalKey, string>;
  departments: DepartmentForm[];
};

type Unit = 'money' | 'percent' | 'whole' | 'number';

/** A stored value as the text of its field: 0.08 → "8" for percentages. */
export function toText(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return '';
  // Rounded to hide binary noise: 0.07 × 100 is 7.000000000000001.
  return unit === 'percent'
    ? String(+(value * 100).toPrecision(12))
    : String(value);
}

/** A default as a placeholder: at most two decimals (an audit's 4000.357… a month reads 4000.36). */
export function placeholderText(value: number, unit: Unit): string {
  return String(Math.round(Number(toText(value, unit)) * 100) / 100);
}

/** The text of a field as the API's number; null for empty, NaN for text that is not a number. */
export function fromText(text: string, unit: Unit): number | null {
  const value = parseNumberText(text);
  if (value === null || Number.isNaN(value)) return value;
  return unit === 'percent' ? value / 100 : value;
}

export function formFromCase(saved: BusinessCaseFieldsFragment): CaseForm {
  const globals = Object.fromEntries(
    GLOBAL_FIELDS.map(({ key, unit }) => [
      key,
      toText(saved.globals[key], unit),
    ]),
  ) as Record<GlobalKey, string>;
  return {
    name: saved.name,
    programmeStart: saved.globals.programmeStart ?? null,
    globals,
    departments: saved.departments.map((d) => {
      const text = {} as Record<DepartmentKey, string>;
      const defaults = {} as Record<DepartmentKey, DefaultValue>;
      for (const { key, unit } of DEPARTMENT_FIELDS) {
        const field = d[key];
        text[key] = field.source === 'ENTERED' ? toText(field.value, unit) : '';
        defaults[key] = {
          value: field.defaultValue,
          source: field.defaultSource,
          note: field.note ?? null,
        };
      }
      return {
        departmentId: d.departmentId,
        name: d.name,
        kind: d.kind,
        vocabulary: d.vocabulary ?? null,
        text,
        defaults,
      };
    }),
  };
}

/** What a department field shows: the override, or the default with its source. */
export function currentValue(
  department: DepartmentForm,
  key: DepartmentKey,
): { value: number | null; source: string } {
  const unit = DEPARTMENT_FIELDS.find((f) => f.key === key)!.unit;
  const entered = fromText(department.text[key], unit);
  return entered === null
    ? {
        value: department.defaults[key].value,
        source: department.defaults[key].source,
      }
    : { value: entered, source: 'ENTERED' };
}

export type EvaluateRequest = {
  input: BusinessCaseInput;
  sources: FieldSourceInput[];
  problems: FieldProblem[];
};

/** Each field's label as the form shows it; a department's fields carry the department's name. */
export function caseFieldLabels(form: CaseForm): Record<string, string> {
  const labels: Record<string, string> = { name: 'Case name' };
  for (const { key, label } of GLOBAL_FIELDS) labels[key] = label;
  form.departments.forEach((d, i) => {
    for (const { key, label } of DEPARTMENT_FIELDS)
      labels[`departments[${i}].${key}`] = `${d.name}: ${label}`;
  });
  return labels;
}

/**
 * The form as an evaluateBusinessCase request, with each field's source for
 * the Finance view. Text that is not a number is reported here, by field;
 * the rest is checked by the domain's own validator (the one the API runs),
 * and a request with problems is not sent.
 */
export function evaluateRequest(form: CaseForm): EvaluateRequest {
  const problems: FieldProblem[] = [];
  const sources: FieldSourceInput[] = [];
  const input: Record<string, unknown> = {};
  for (const { key, unit, label, fallback } of GLOBAL_FIELDS) {
    const value = fromText(form.globals[key], unit);
    if (Number.isNaN(value))
      problems.push({ field: key, message: `${label} is not a number` });
    else if (value === null && fallback === null)
      problems.push({ field: key, message: `${label} is required` });
    else if (value !== null) input[key] = value;
    sources.push({
      field: key,
      source: value === null ? 'ASSUMPTION' : 'ENTERED',
    });
  }
  input.departments = form.departments.map((d, i) => {
    const department: Record<string, unknown> = {
      departmentId: d.departmentId,
      kind: d.kind,
      name: d.name,
    };
    for (const { key, unit, label } of DEPARTMENT_FIELDS) {
      const entered = fromText(d.text[key], unit);
      const field = `departments[${i}].${key}`;
      if (Number.isNaN(entered))
        problems.push({
          field,
          message: `${d.name}: ${label} is not a number`,
        });
      // Deflection and ramp left empty are left out, so the model applies and labels its own
      // defaults (the 0.30 assumption); the other defaults come from the audit and roadmap,
      // and a deflection the department measured is sent as the figure it is.
      const followsModel =
        (key === 'targetDeflection' && d.defaults[key].source !== 'MEASURED') ||
        key === 'rampMonths';
      if (entered !== null || !followsModel)
        department[key] = entered ?? d.defaults[key].value;
      sources.push({
        field,
        source: entered === null ? d.defaults[key].source : 'ENTERED',
      });
    }
    return department;
  });
  // A field that is not a number has its problem already; the validator would call it missing.
  const unread = new Set(problems.map((p) => p.field));
  const domainInput = input as unknown as Parameters<
    typeof businessCaseProblems
  >[0]['input'];
  problems.push(
    ...businessCaseProblems({ input: domainInput }).filter(
      (p) => !unread.has(p.field),
    ),
  );
  return { input: input as BusinessCaseInput, sources, problems };
}

/** The form as a saveBusinessCase input: entered figures only, so defaults keep following the data. */
export function saveRequest(
  form: CaseForm,
  organizationId: string,
  id: string | null,
): SaveBusinessCaseInput {
  const globals: Record<string, number | null> = {};
  for (const { key, unit } of GLOBAL_FIELDS) {
    const value = fromText(form.globals[key], unit);
    globals[key] = value === null || Number.isNaN(value) ? null : value;
  }
  return {
    id,
    organizationId,
    name: form.name.trim(),
    inputs: {
      ...(globals as {
        loadedHourlyCost: number;
        oneTimeCosts: number;
        monthlyPlatformCost: number;
      }),
      programmeStart: form.programmeStart,
      departments: form.departments.map((d) => {
        const overrides: Record<string, number | null> = {};
        for (const { key, unit } of DEPARTMENT_FIELDS) {
          const value = fromText(d.text[key], unit);
          overrides[key] = value === null || Number.isNaN(value) ? null : value;
        }
        return { departmentId: d.departmentId, ...overrides };
      }),
    },
  };
}
