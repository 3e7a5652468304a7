import { FieldProblem } from '@esm-planner/shared-util-field-problems';
/** Where an enhancement request stands (domain §7). DECLINED and DONE are final. */
export const ENHANCEMENT_STATUSES = [
  'NEW',
  'ACCEPTED',
  'DECLINED',
  'DONE',
] as const;
export type EnhancementStatus = (typeof ENHANCEMENT_STATUSES)[number];

// The product owner's decisions: accept or decline a new request, finish or
// (on second thoughts) decline an accepted one. Declined and done requests
// stay as they are, with the reason kept, so "no" is on the record.
const ALLOWED: Readonly<
  Record<EnhancementStatus, readonly EnhancementStatus[]>
> = {
  NEW: ['NEW', 'ACCEPTED', 'DECLINED'],
  ACCEPTED: ['ACCEPTED', 'DONE', 'DECLINED'],
  DECLINED: ['DECLINED'],
  DONE: ['DONE'],
};

export type EnhancementDraft = {
  title: string;
  /** Whole numbers 1–10. */
  value: number;
  effort: number;
  status: EnhancementStatus;
  declineReason?: string | null;
};

export type EnhancementProblem = FieldProblem;

/** Every problem with a draft, given the stored status (null for a new request). */
export function enhancementProblems(
  draft: EnhancementDraft,
  previous: EnhancementStatus | null,
): EnhancementProblem[] {
  const problems: EnhancementProblem[] = [];
  const title = draft.title?.trim() ?? '';
  if (title.length === 0)
    problems.push({ field: 'title', message: 'title must not be empty' });
  if (title.length > 200)
    problems.push({
      field: 'title',
      message: 'title must be at most 200 characters',
    });
  for (const field of ['value', 'effort'] as const) {
    const n = draft[field];
    if (!Number.isInteger(n) || n < 1 || n > 10)
      problems.push({
        field,
        message: `${field} must be a whole number from 1 to 10`,
      });
  }
  if (!(ENHANCEMENT_STATUSES as readonly string[]).includes(draft.status)) {
    problems.push({
      field: 'status',
      message: `status must be one of ${ENHANCEMENT_STATUSES.join(', ')}`,
    });
  } else if (previous === null && draft.status !== 'NEW') {
    problems.push({ field: 'status', message: 'a new request starts as NEW' });
  } else if (previous !== null && !ALLOWED[previous].includes(draft.status)) {
    problems.push({
      field: 'status',
      message: `a ${previous} request cannot become ${draft.status}`,
    });
  }
  if (draft.status === 'DECLINED' && !draft.declineReason?.trim()) {
    problems.push({
      field: 'declineReason',
      message: 'a declined request needs a reason',
    });
  }
  return problems;
}

export type RankableEnhancement = {
  id: string;
  value: number;
  effort: number;
  status: EnhancementStatus;
  createdAt: string;
};

export type RankedEnhancement<T> = T & { ratio: number; rank: number | null };

/**
 * The backlog (domain §7): open requests (NEW, ACCEPTED) ranked by
 * value ÷ effort, highest first (compared as value × effort crosswise, so
 * 2/4 and 3/6 tie exactly); equal ratios by age, oldest first (then
 * id, so the order is total). Declined and done requests follow, unranked,
 * newest first. `createdAt` is an ISO timestamp.
 */
export function rankEnhancements<T extends RankableEnhancement>(
  requests: readonly T[],
): RankedEnhancement<T>[] {
  const withRatio = requests.map((request) => ({
    ...request,
    ratio: request.value / request.effort,
  }));
  const open = withRatio
    .filter(
      (request) => request.status === 'NEW' || request.status === 'ACCEPTED',
    )
    .sort(
      (a, b) =>
        b.value * a.effort - a.value * b.effort ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    )
    .map((request, index) => ({ ...request, rank: index + 1 }));
  const closed = withRatio
    .filter(
      (request) => request.status === 'DECLINED' || request.status === 'DONE',
    )
    .sort(
      (a, b) =>
        b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
    )
    .map((request) => ({ ...request, rank: null }));
  return [...open, ...closed];
}
