import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  DeleteCatalogItemDocument,
  UpsertCatalogItemDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { type CatalogRow, parseHours } from './catalog-labels';

type Draft = { id: string; owner: string; sla: string; lastReviewedAt: string };

/**
 * Editing the catalogue in its rows: one row's owner, SLA target and review
 * date at a time, saved or deleted through the API, then `onChanged`.
 */
export function useCatalogRowEditing(onChanged: () => void) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [save, saving] = useMutation(UpsertCatalogItemDocument);
  const [remove, removing] = useMutation(DeleteCatalogItemDocument);
  const error = saving.error ?? removing.error;

  const draftSla = draft ? parseHours(draft.sla) : null;
  // JSON has no NaN: a typo would reach the API as "no target", so it stops here.
  const slaInvalid = Number.isNaN(draftSla);

  const saveDraft = async (item: CatalogRow) => {
    if (!draft || slaInvalid) return;
    // The API replaces the whole item: send its other fields as they are.
    const input = {
      id: item.id,
      departmentId: item.departmentId,
      name: item.name,
      fulfilmentMode: item.fulfilmentMode,
      requestTypes: item.requestTypes,
      processReviewed: item.processReviewed,
      owner: draft.owner || null,
      slaTargetHours: draftSla,
      lastReviewedAt: draft.lastReviewedAt || null,
    };
    const result = await save({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setDraft(null);
      onChanged();
    }
  };

  const editing = (item: CatalogRow) => draft?.id === item.id;
  /** The row's input for a field while it is edited, else null. */
  const input = (
    item: CatalogRow,
    field: keyof Omit<Draft, 'id'>,
    label: string,
    type = 'text',
  ) =>
    editing(item) ? (
      <input
        aria-label={`${label} of ${item.name}`}
        className="catalog-inline-input"
        type={type}
        value={draft![field]}
        onChange={(event) =>
          setDraft({ ...draft!, [field]: event.target.value })
        }
      />
    ) : null;
  const startEditing = (item: CatalogRow) =>
    setDraft({
      id: item.id,
      owner: item.owner ?? '',
      sla: item.slaTargetHours?.toString() ?? '',
      lastReviewedAt: item.lastReviewedAt ?? '',
    });
  const cancel = () => setDraft(null);
  const deleteItem = (item: CatalogRow) =>
    void remove({ variables: { id: item.id } }).then(
      onChanged,
      () => undefined,
    );

  return {
    error,
    slaInvalid,
    saving: saving.loading,
    editing,
    input,
    saveDraft,
    startEditing,
    cancel,
    deleteItem,
  };
}

export type CatalogRowEditing = ReturnType<typeof useCatalogRowEditing>;
