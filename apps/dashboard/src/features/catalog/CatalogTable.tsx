import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  DeleteCatalogItemDocument,
  describeApiError,
  UpsertCatalogItemDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Button,
  ErrorBanner,
  type TableColumn,
} from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatDate, formatDecimal, NO_VALUE } from '../formatting/format';
import {
  CATALOG_CSV_COLUMNS,
  fulfilmentLabel,
  type CatalogRow,
  flagLabel,
  flagTone,
  parseHours,
} from './catalog-labels';

export type CatalogTableProps = {
  departmentName: string;
  items: readonly CatalogRow[];
  canEdit: boolean;
  onChanged: () => void;
};

type Draft = { id: string; owner: string; sla: string; lastReviewedAt: string };

/** The catalogue with its flags; owner, SLA target and review date are edited in the row. */
export function CatalogTable({
  departmentName,
  items,
  canEdit,
  onChanged,
}: CatalogTableProps) {
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

  const columns: TableColumn<CatalogRow>[] = [
    {
      key: 'name',
      header: 'Item',
      isRowHeader: true,
      cell: (item) => item.name,
    },
    {
      key: 'owner',
      header: 'Owner',
      cell: (item) => input(item, 'owner', 'Owner') ?? item.owner ?? NO_VALUE,
    },
    {
      key: 'sla',
      header: 'SLA target (h)',
      align: 'end',
      cell: (item) =>
        input(item, 'sla', 'SLA target') ?? formatDecimal(item.slaTargetHours),
    },
    {
      key: 'mode',
      header: 'Fulfilment',
      // The process review sits with the mode: fix the process, then automate it.
      cell: (item) => (
        <>
          {fulfilmentLabel(item.fulfilmentMode)}
          <span className="catalog-subtext">
            {item.processReviewed ? 'process reviewed' : 'process not reviewed'}
          </span>
        </>
      ),
    },
    {
      key: 'types',
      header: 'Audited request types',
      cell: (item) => item.requestTypes.join(', ') || NO_VALUE,
    },
    {
      key: 'reviewed',
      header: 'Last reviewed',
      cell: (item) =>
        input(item, 'lastReviewedAt', 'Last reviewed', 'date') ??
        (item.lastReviewedAt ? formatDate(item.lastReviewedAt) : 'Never'),
    },
    {
      key: 'flags',
      header: 'Flags',
      cell: (item) => (
        <span
          className="catalog-flags"
          data-testid={`catalog-flags-${item.id}`}
        >
          {item.flags.length === 0 ? (
            <Badge tone="success">OK</Badge>
          ) : (
            item.flags.map((flag) => (
              <Badge key={flag} tone={flagTone(flag)}>
                {flagLabel(flag)}
              </Badge>
            ))
          )}
        </span>
      ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cell: (item: CatalogRow) =>
              editing(item) ? (
                <span className="catalog-actions">
                  <Button
                    size="sm"
                    variant="primary"
                    loading={saving.loading}
                    onClick={() => void saveDraft(item)}
                  >
                    Save
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => setDraft(null)}
                  >
                    Cancel
                  </Button>
                </span>
              ) : (
                <span className="catalog-actions">
                  <Button
                    size="sm"
                    ariaLabel={`Edit ${item.name}`}
                    onClick={() =>
                      setDraft({
                        id: item.id,
                        owner: item.owner ?? '',
                        sla: item.slaTargetHours?.toString() ?? '',
                        lastReviewedAt: item.lastReviewedAt ?? '',
                      })
                    }
                  >
                    Edit
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    ariaLabel={`Delete ${item.name}`}
                    onClick={() =>
                      void remove({ variables: { id: item.id } }).then(
                        onChanged,
                        () => undefined,
                      )
                    }
                  >
                    Delete
                  </Button>
                </span>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      {error ? (
        <ErrorBanner
          title="The change was not saved"
          messages={[describeApiError(error)]}
        />
      ) : null}
      {slaInvalid ? (
        <ErrorBanner
          title="The SLA target is not a number"
          messages={['Enter a number of hours, e.g. 24.']}
        />
      ) : null}
      <TableWithDownload
        title={`${departmentName} catalogue`}
        headingLevel="h2"
        columns={columns}
        csvColumns={CATALOG_CSV_COLUMNS}
        rows={items}
        rowKey={(item) => item.id}
        fileName={csvFileName(departmentName, 'catalogue')}
        testId="catalog-table"
      />
    </>
  );
}
