import type { DepartmentKind } from '@esm-planner/domain-departments';

export type SequencedDepartment = {
  id: string;
  name: string;
  kind: DepartmentKind;
  /** From priorityScore; null when unknown. */
  priorityScore: number | null;
};

// IT goes first (the platform's home), HR second (the next-largest shared
// service and the one the reference deployments expand to), domain §6.
const FIXED_FIRST: readonly DepartmentKind[] = ['IT', 'HR'];

function fixedRank(kind: DepartmentKind): number {
  const index = FIXED_FIRST.indexOf(kind);
  return index === -1 ? FIXED_FIRST.length : index;
}

/**
 * The default order (domain §6): IT first, HR second, then the rest by
 * priority score, highest first. Departments without a score follow those
 * with one; ties (and several departments of one kind) go by name, then id,
 * so the order never depends on the order of the input.
 */
export function defaultSequence<T extends SequencedDepartment>({
  departments,
}: {
  departments: readonly T[];
}): T[] {
  return [...departments].sort((a, b) => {
    const byKind = fixedRank(a.kind) - fixedRank(b.kind);
    if (byKind !== 0) return byKind;
    if (fixedRank(a.kind) === FIXED_FIRST.length) {
      if (a.priorityScore !== b.priorityScore) {
        if (a.priorityScore === null) return 1;
        if (b.priorityScore === null) return -1;
        return b.priorityScore - a.priorityScore;
      }
    }
    return (
      a.name.localeCompare(b.name, 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
}

/**
 * The roadmap's order: the CoE's saved order where it has one, then every
 * department it does not mention (new since the order was saved) in the
 * default order after them. Ids in the saved order that are no longer
 * departments are dropped.
 */
export function roadmapSequence<T extends SequencedDepartment>({
  departments,
  savedOrder,
}: {
  departments: readonly T[];
  savedOrder?: readonly string[] | null;
}): T[] {
  const byId = new Map(
    departments.map((department) => [department.id, department]),
  );
  const placed = new Set<string>();
  const saved: T[] = [];
  for (const id of savedOrder ?? []) {
    const department = byId.get(id);
    if (department && !placed.has(id)) {
      saved.push(department);
      placed.add(id);
    }
  }
  const rest = defaultSequence({
    departments: departments.filter((department) => !placed.has(department.id)),
  });
  return [...saved, ...rest];
}
