import type {
  CaseAssumption,
  CioView,
  DepartmentHeadView,
} from '../dto/audience-views.object';
import type {
  BusinessCaseWarning,
  EvaluatedCase,
} from '../dto/business-case-result.object';
import type { BusinessCase } from './saved-case.object';

/** The departments whose lines the caller may see: all, or a department head's own. */
export type DepartmentScope = 'ALL' | readonly string[];

// `departments[3].monthlyVolume` → 3.
const DEPARTMENT_PATH = /^departments\[(\d+)\]/;

/** Indexes (in the case's own order) of the departments the scope hides. */
function hiddenIndexes(evaluated: EvaluatedCase): Set<number> {
  const visible = evaluated.visibleDepartmentIds;
  if (!visible) return new Set();
  return new Set(
    evaluated.input.departments.flatMap((d, i) =>
      d.departmentId && visible.includes(d.departmentId) ? [] : [i],
    ),
  );
}

function hidesPath(field: string | null, hidden: Set<number>): boolean {
  const match = field ? DEPARTMENT_PATH.exec(field) : null;
  return match !== null && hidden.has(Number(match[1]));
}

/**
 * A saved case as a department head may see it (api.md: organisation-level
 * aggregates without other departments' rows; docs/access.md): the totals,
 * cash flow, scenarios, sensitivity and Monte Carlo of the whole case, but
 * only their own departments' lines; the others are counted in
 * `hiddenDepartmentCount`, and warnings about them are left out. Field
 * paths keep the case's own indexes. The audience views follow through
 * `result.evaluated.visibleDepartmentIds` (visibleCioView and the others below).
 */
export function caseForScope(
  saved: BusinessCase,
  scope: DepartmentScope,
): BusinessCase {
  if (scope === 'ALL') return saved;
  const evaluated: EvaluatedCase = {
    ...saved.result.evaluated,
    visibleDepartmentIds: scope,
  };
  const hidden = hiddenIndexes(evaluated);
  const hiddenLabels = evaluated.input.departments
    .flatMap((d, i) => (hidden.has(i) ? [d.name ?? d.departmentId ?? ''] : []))
    .filter(Boolean);
  const namesHidden = (warning: BusinessCaseWarning) =>
    hidesPath(warning.field, hidden) ||
    hiddenLabels.some(
      (label) =>
        warning.message.startsWith(`${label}:`) ||
        warning.message.startsWith(`${label} `),
    );
  return {
    ...saved,
    departments: saved.departments.filter((d) =>
      scope.includes(d.departmentId),
    ),
    missingDepartmentIds: [],
    hiddenDepartmentCount: hidden.size,
    result: {
      ...saved.result,
      warnings: saved.result.warnings.filter((w) => !namesHidden(w)),
      evaluated,
    },
  };
}

export function visibleCioView(
  view: CioView,
  evaluated: EvaluatedCase,
): CioView {
  const visible = evaluated.visibleDepartmentIds;
  return visible
    ? {
        ...view,
        departments: view.departments.filter(
          (d) => d.departmentId !== null && visible.includes(d.departmentId),
        ),
      }
    : view;
}

export function visibleDepartmentHeadViews(
  views: DepartmentHeadView[],
  evaluated: EvaluatedCase,
): DepartmentHeadView[] {
  const visible = evaluated.visibleDepartmentIds;
  return visible
    ? views.filter(
        (v) => v.departmentId !== null && visible.includes(v.departmentId),
      )
    : views;
}

export function visibleFinanceView<
  View extends { assumptions: readonly Pick<CaseAssumption, 'field'>[] },
>(view: View, evaluated: EvaluatedCase): View {
  const hidden = hiddenIndexes(evaluated);
  return hidden.size === 0
    ? view
    : {
        ...view,
        assumptions: view.assumptions.filter(
          (a) => !hidesPath(a.field, hidden),
        ),
      };
}
