import type { DepartmentKind } from '@esm-planner/domain-departments';
import { changeManagementShare } from '@esm-planner/domain-business-case';
import {
  catalogueCounts,
  isCrossFunctional,
  MaturityFacts,
  ReadinessFacts,
} from '@esm-planner/domain-maturity';
import { ProgrammeScope, SavedCaseBudget } from './programme-scope.service';

function steeringGroup(scope: ProgrammeScope): ReadinessFacts['steeringGroup'] {
  return (scope.organization.steeringGroup ?? []).map((member) => ({
    name: member.name,
    departmentKind: member.departmentId
      ? (scope.kindOf.get(member.departmentId) ?? null)
      : null,
  }));
}

/** The readiness check's facts from a loaded scope. */
export function readinessFacts(
  scope: ProgrammeScope,
  budget: SavedCaseBudget | null,
): ReadinessFacts {
  return {
    executiveSponsor: scope.organization.executiveSponsor,
    steeringGroup: steeringGroup(scope),
    businessCase: budget,
    departments: scope.departments.map((department) => ({
      name: department.name,
      kind: department.kind as DepartmentKind,
      vocabulary: department.vocabulary,
      topRequestTypes: scope.baselines.get(department.id)?.requestTypes ?? null,
      catalogItems: scope.items.get(department.id) ?? [],
    })),
  };
}

/** The maturity evidence's facts from a loaded scope and the measured figures. */
export function maturityFacts(
  scope: ProgrammeScope,
  measured: {
    budget: SavedCaseBudget | null;
    weeksOfMetrics: number;
    recentDeflection: Map<string, number>;
    coeCoverage: number;
  },
): MaturityFacts {
  const items = scope.departments.flatMap(
    (department) => scope.items.get(department.id) ?? [],
  );
  const attainments = scope.departments
    .filter((department) => measured.recentDeflection.has(department.id))
    .map(
      (department) =>
        measured.recentDeflection.get(department.id)! /
        scope.benchmarks.get(department.id)!.target,
    );
  const count = scope.departments.length;
  return {
    catalogue: catalogueCounts({ items, asOf: scope.asOf }),
    departments: count,
    departmentsWithBaseline: scope.departments.filter((department) =>
      scope.baselines.has(department.id),
    ).length,
    weeksOfMetrics: measured.weeksOfMetrics,
    deflectionAttainment:
      attainments.length === 0
        ? null
        : attainments.reduce((sum, value) => sum + value, 0) /
          attainments.length,
    coeCoverage: measured.coeCoverage,
    sponsorNamed: Boolean(scope.organization.executiveSponsor?.trim()),
    steeringGroupCrossFunctional: isCrossFunctional(steeringGroup(scope)),
    // IT's default word is its own; any other department counts once it has set its word.
    vocabularySetShare:
      count === 0
        ? null
        : scope.departments.filter(
            (department) =>
              department.kind === 'IT' ||
              Boolean(department.vocabulary?.trim()),
          ).length / count,
    changeManagementShare: measured.budget
      ? changeManagementShare(measured.budget)
      : null,
  };
}
