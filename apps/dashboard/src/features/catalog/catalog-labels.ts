import type {
  CatalogFlag,
  CatalogItemFieldsFragment,
  FulfilmentMode,
} from '@esm-planner/dashboard-data-access-graphql';
import type { BadgeTone } from '@esm-planner/dashboard-ui';
import type { CsvColumn } from '@esm-planner/shared-util-csv';

export type CatalogRow = CatalogItemFieldsFragment;

const FLAG_LABELS: Readonly<Record<CatalogFlag, string>> = {
  NO_OWNER: 'No owner',
  NO_SLA: 'No SLA',
  REVIEW_DUE: 'Review due',
};

export function flagLabel(flag: CatalogFlag): string {
  return FLAG_LABELS[flag];
}

/** "Resolves" (automated end to end), "Routes" (to a person), or "—" when not decided. */
export function fulfilmentLabel(
  mode: FulfilmentMode | null | undefined,
): string {
  if (mode === 'RESOLVE') return 'Resolves';
  if (mode === 'ROUTE') return 'Routes';
  return '—';
}

export function flagTone(flag: CatalogFlag): BadgeTone {
  return flag === 'REVIEW_DUE' ? 'warning' : 'danger';
}

/** "Leave request, PTO question" → ["Leave request", "PTO question"]: trimmed, empties dropped. */
export function parseRequestTypes(text: string): string[] {
  return text
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
}

/** An hours field: empty → null; otherwise the number (NaN stays NaN so the API names the field). */
export function parseHours(text: string): number | null {
  return text.trim() === '' ? null : Number(text.replace(',', '.'));
}

export const CATALOG_CSV_COLUMNS: readonly CsvColumn<CatalogRow>[] = [
  { header: 'name', value: (row) => row.name },
  { header: 'owner', value: (row) => row.owner ?? '' },
  { header: 'sla_target_hours', value: (row) => row.slaTargetHours ?? '' },
  { header: 'fulfilment_mode', value: (row) => row.fulfilmentMode ?? '' },
  { header: 'request_types', value: (row) => row.requestTypes.join('; ') },
  {
    header: 'process_reviewed',
    value: (row) => (row.processReviewed ? 'yes' : 'no'),
  },
  { header: 'last_reviewed_at', value: (row) => row.lastReviewedAt ?? '' },
  { header: 'review_due_on', value: (row) => row.reviewDueOn ?? '' },
  { header: 'flags', value: (row) => row.flags.join(' ') },
];
