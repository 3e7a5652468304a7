import {
  CHANGE_MANAGEMENT_SHARE_WARNING,
  changeManagementShare,
} from '@esm-planner/domain-business-case';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import { RequestTypeVolume } from '@esm-planner/domain-audit';
import { catalogGaps } from './catalog-gaps';

/** The five ways ESM programmes stall, none of them technical (background, "failure modes"). */
export const FAILURE_MODES = [
  'IT_OWNS_IT',
  'PROCESS_NOT_FIXED',
  'IT_VOCABULARY',
  'CHANGE_UNDERFUNDED',
  'CATALOGUE_INCOMPLETE',
] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export type ReadinessState = 'PASS' | 'WARN' | 'FAIL';

export type ReadinessCheck = {
  failureMode: FailureMode;
  title: string;
  state: ReadinessState;
  reasons: string[];
};

export type Readiness = { ready: boolean; checks: ReadinessCheck[] };

/** One department as the readiness check sees it. */
export type ReadinessDepartment = {
  name: string;
  kind: DepartmentKind;
  /** The department's own word; null when it still uses the kind's default. */
  vocabulary: string | null;
  /** The audit's ranked request types; null before the first audit. */
  topRequestTypes: readonly RequestTypeVolume[] | null;
  catalogItems: readonly {
    name: string;
    fulfilmentMode: string | null;
    processReviewed: boolean;
    requestTypes: readonly string[];
  }[];
};

export type ReadinessFacts = {
  executiveSponsor: string | null;
  /** Steering-group members with the kind of department they speak for (null: none given). */
  steeringGroup: readonly {
    name: string;
    departmentKind: DepartmentKind | null;
  }[];
  /** The latest saved business case's up-front figures; null when none is saved. */
  businessCase: { oneTimeCosts: number; changeManagementCost: number } | null;
  /** One department (readiness) or every department (programme readiness). */
  departments: readonly ReadinessDepartment[];
};

// Words that are IT's own: a non-IT department using them has had IT's
// vocabulary imposed on it.
const IT_WORDS = new Set(['ticket', 'tickets', 'incident', 'incidents']);

const check = (
  failureMode: FailureMode,
  title: string,
  reasons: string[],
  warnings: string[] = [],
): ReadinessCheck => ({
  failureMode,
  title,
  state: reasons.length > 0 ? 'FAIL' : warnings.length > 0 ? 'WARN' : 'PASS',
  reasons: reasons.length > 0 ? [...reasons, ...warnings] : warnings,
});

/** A steering group is cross-functional when someone in it speaks for a department other than IT. */
export function isCrossFunctional(
  steeringGroup: ReadinessFacts['steeringGroup'],
): boolean {
  return steeringGroup.some(
    (member) =>
      member.name.trim() &&
      member.departmentKind !== null &&
      member.departmentKind !== 'IT',
  );
}

function ownership(facts: ReadinessFacts): ReadinessCheck {
  const reasons: string[] = [];
  if (!facts.executiveSponsor?.trim())
    reasons.push('no executive sponsor is named');
  const members = facts.steeringGroup.filter((member) => member.name.trim());
  if (members.length === 0) reasons.push('no steering group is named');
  else if (!isCrossFunctional(members))
    reasons.push('the steering group has nobody from outside IT');
  return check(
    'IT_OWNS_IT',
    'Executive sponsor and cross-functional steering group',
    reasons,
  );
}

function processFirst(
  departments: readonly ReadinessDepartment[],
): ReadinessCheck {
  const items = departments.flatMap((department) => department.catalogItems);
  if (items.length === 0)
    return check('PROCESS_NOT_FIXED', 'Processes reviewed before automation', [
      'no catalogue items yet',
    ]);
  const automatedUnreviewed = items
    .filter(
      (item) => item.fulfilmentMode === 'RESOLVE' && !item.processReviewed,
    )
    .map((item) => item.name);
  const unreviewed = items
    .filter(
      (item) => item.fulfilmentMode !== 'RESOLVE' && !item.processReviewed,
    )
    .map((item) => item.name);
  return check(
    'PROCESS_NOT_FIXED',
    'Processes reviewed before automation',
    automatedUnreviewed.length > 0
      ? [
          `automated before the process was reviewed: ${automatedUnreviewed.join(', ')}`,
        ]
      : [],
    unreviewed.length > 0
      ? [`process not reviewed yet: ${unreviewed.join(', ')}`]
      : [],
  );
}

function vocabulary(
  departments: readonly ReadinessDepartment[],
): ReadinessCheck {
  const nonIt = departments.filter((department) => department.kind !== 'IT');
  const imposed = nonIt.filter(
    (department) =>
      department.vocabulary &&
      IT_WORDS.has(department.vocabulary.trim().toLowerCase()),
  );
  const unset = nonIt.filter((department) => !department.vocabulary?.trim());
  return check(
    'IT_VOCABULARY',
    'The department’s own vocabulary',
    imposed.map(
      (department) =>
        `${department.name} uses IT’s word “${department.vocabulary}”`,
    ),
    unset.map(
      (department) =>
        `${department.name} has not set its own word (it uses the default)`,
    ),
  );
}

function changeManagement(
  businessCase: ReadinessFacts['businessCase'],
): ReadinessCheck {
  const title = 'Change management funded';
  if (!businessCase)
    return check('CHANGE_UNDERFUNDED', title, ['no saved business case']);
  const share = changeManagementShare(businessCase);
  if (share === null)
    return check('CHANGE_UNDERFUNDED', title, [
      'the business case has no up-front budget',
    ]);
  const percent = `${Math.round(share * 1000) / 10} %`;
  return share <= CHANGE_MANAGEMENT_SHARE_WARNING
    ? check(
        'CHANGE_UNDERFUNDED',
        title,
        [],
        [
          `change management is ${percent} of the up-front budget (warning at 10 % or less)`,
        ],
      )
    : check('CHANGE_UNDERFUNDED', title, []);
}

function catalogueCoverage(
  departments: readonly ReadinessDepartment[],
): ReadinessCheck {
  const reasons = departments.flatMap((department) => {
    if (!department.topRequestTypes)
      return [`${department.name} has no baseline audit`];
    const gaps = catalogGaps({
      topRequestTypes: department.topRequestTypes,
      items: department.catalogItems,
    });
    return gaps.length === 0
      ? []
      : [
          `${department.name}: top request types without a catalogue item: ${gaps.map((gap) => gap.requestType).join(', ')}`,
        ];
  });
  if (departments.length === 0) reasons.push('no departments yet');
  return check(
    'CATALOGUE_INCOMPLETE',
    'Catalogue covers the audited top 10',
    reasons,
  );
}

/**
 * The readiness check (issue 7): the five failure modes with their state
 * from data. Ready when no check FAILs; a WARN is shown but does not block.
 * The same rules serve one department (about to start) and the programme
 * (all departments).
 */
export function readiness(facts: ReadinessFacts): Readiness {
  const checks = [
    ownership(facts),
    processFirst(facts.departments),
    vocabulary(facts.departments),
    changeManagement(facts.businessCase),
    catalogueCoverage(facts.departments),
  ];
  return { ready: checks.every((entry) => entry.state !== 'FAIL'), checks };
}
