import { FieldProblem } from '@esm-planner/shared-util-field-problems';
import {
  formatEpochDay,
  isPlainDate,
  toEpochDay,
} from '@esm-planner/shared-util-dates';
import { CatalogueCounts } from './maturity-facts';

export const FULFILMENT_MODES = ['RESOLVE', 'ROUTE'] as const;
export type FulfilmentMode = (typeof FULFILMENT_MODES)[number];

export const CATALOG_FLAGS = ['NO_OWNER', 'NO_SLA', 'REVIEW_DUE'] as const;
export type CatalogFlag = (typeof CATALOG_FLAGS)[number];

/** Days after its last review at which an item is due again: a quarter (domain §7). */
export const REVIEW_INTERVAL_DAYS = 90;

/** A catalogue item as far as its flags care. */
export type FlaggableItem = {
  owner?: string | null;
  slaTargetHours?: number | null;
  /** Plain date YYYY-MM-DD; null when never reviewed. */
  lastReviewedAt?: string | null;
};

export function hasOwner(item: Pick<FlaggableItem, 'owner'>): boolean {
  return Boolean(item.owner?.trim());
}

// As the pilot gate reads it: a target must be a positive number of hours.
export function hasSlaTarget(
  item: Pick<FlaggableItem, 'slaTargetHours'>,
): boolean {
  return (
    typeof item.slaTargetHours === 'number' &&
    Number.isFinite(item.slaTargetHours) &&
    item.slaTargetHours > 0
  );
}

/**
 * The date the next review falls due (lastReviewedAt + 90 days); null when
 * the item was never reviewed (due at once).
 */
export function reviewDueOn(
  lastReviewedAt: string | null | undefined,
): string | null {
  const day = lastReviewedAt ? toEpochDay(lastReviewedAt) : null;
  if (day === null) return null;
  return formatEpochDay(day + REVIEW_INTERVAL_DAYS);
}

/**
 * NO_OWNER, NO_SLA and REVIEW_DUE (domain §7) as of a plain date. An item is
 * due for review when more than 90 days have passed since its last review,
 * or when it was never reviewed: a catalogue entry nobody has checked is not
 * known to be accurate.
 */
export function catalogItemFlags({
  item,
  asOf,
}: {
  item: FlaggableItem;
  asOf: string;
}): CatalogFlag[] {
  const flags: CatalogFlag[] = [];
  if (!hasOwner(item)) flags.push('NO_OWNER');
  if (!hasSlaTarget(item)) flags.push('NO_SLA');
  const reviewed = item.lastReviewedAt ? toEpochDay(item.lastReviewedAt) : null;
  const today = toEpochDay(asOf);
  if (
    reviewed === null ||
    (today !== null && today - reviewed > REVIEW_INTERVAL_DAYS)
  )
    flags.push('REVIEW_DUE');
  return flags;
}

/** Counts of the catalogue (for the maturity evidence). */
export function catalogueCounts({
  items,
  asOf,
}: {
  items: readonly (FlaggableItem & {
    fulfilmentMode?: string | null;
    processReviewed?: boolean;
  })[];
  asOf: string;
}): CatalogueCounts {
  return {
    items: items.length,
    withOwner: items.filter(hasOwner).length,
    withSla: items.filter(hasSlaTarget).length,
    resolving: items.filter((item) => item.fulfilmentMode === 'RESOLVE').length,
    processReviewed: items.filter((item) => item.processReviewed === true)
      .length,
    reviewDue: items.filter((item) =>
      catalogItemFlags({ item, asOf }).includes('REVIEW_DUE'),
    ).length,
  };
}

/** What a caller may set on an item (api.md CatalogItemInput, plus processReviewed). */
export type CatalogItemDraft = {
  name: string;
  owner?: string | null;
  slaTargetHours?: number | null;
  fulfilmentMode?: string | null;
  requestTypes?: readonly string[] | null;
  processReviewed?: boolean | null;
  lastReviewedAt?: string | null;
};

export type DraftProblem = FieldProblem;

export const MAX_SLA_TARGET_HOURS = 24 * 365;

/** Every problem with a draft, each naming its input field. */
export function catalogItemProblems(
  draft: CatalogItemDraft,
  { asOf }: { asOf: string },
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const name = draft.name?.trim() ?? '';
  if (name.length === 0)
    problems.push({ field: 'name', message: 'name must not be empty' });
  if (name.length > 200)
    problems.push({
      field: 'name',
      message: 'name must be at most 200 characters',
    });
  if (draft.owner && draft.owner.trim().length > 200)
    problems.push({
      field: 'owner',
      message: 'owner must be at most 200 characters',
    });
  const sla = draft.slaTargetHours;
  if (
    sla !== null &&
    sla !== undefined &&
    (!Number.isFinite(sla) || sla <= 0 || sla > MAX_SLA_TARGET_HOURS)
  ) {
    problems.push({
      field: 'slaTargetHours',
      message: `slaTargetHours must be more than 0 and at most ${MAX_SLA_TARGET_HOURS} hours`,
    });
  }
  const mode = draft.fulfilmentMode;
  if (
    mode !== null &&
    mode !== undefined &&
    !(FULFILMENT_MODES as readonly string[]).includes(mode)
  ) {
    problems.push({
      field: 'fulfilmentMode',
      message: 'fulfilmentMode must be RESOLVE or ROUTE',
    });
  }
  (draft.requestTypes ?? []).forEach((type, index) => {
    if (type.trim().length === 0)
      problems.push({
        field: `requestTypes[${index}]`,
        message: 'a request type must not be empty',
      });
  });
  const reviewed = draft.lastReviewedAt;
  if (reviewed !== null && reviewed !== undefined) {
    if (!isPlainDate(reviewed))
      problems.push({
        field: 'lastReviewedAt',
        message: 'lastReviewedAt must be a date YYYY-MM-DD',
      });
    else if (reviewed > asOf)
      problems.push({
        field: 'lastReviewedAt',
        message: 'lastReviewedAt must not be in the future',
      });
  }
  return problems;
}
