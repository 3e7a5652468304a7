import { Badge, Button, type TableColumn } from '@esm-planner/dashboard-ui';
import { formatDate, formatDecimal, NO_VALUE } from '../formatting/format';
import {
  fulfilmentLabel,
  type CatalogRow,
  flagLabel,
  flagTone,
} from './catalog-labels';
import type { CatalogRowEditing } from './useCatalogRowEditing';

/** The catalogue table's columns; owner, SLA and review date edit in the row. */
export function catalogTableColumns(
  rows: CatalogRowEditing,
  canEdit: boolean,
): TableColumn<CatalogRow>[] {
  const { input } = rows;
  return [
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
      cell: (item) => <CatalogFlags item={item} />,
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cell: (item: CatalogRow) => (
              <CatalogRowActions item={item} rows={rows} />
            ),
          },
        ]
      : []),
  ];
}

function CatalogFlags({ item }: { item: CatalogRow }) {
  return (
    <span className="catalog-flags" data-testid={`catalog-flags-${item.id}`}>
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
  );
}

/** Save and cancel while the row is edited; edit and delete otherwise. */
function CatalogRowActions({
  item,
  rows,
}: {
  item: CatalogRow;
  rows: CatalogRowEditing;
}) {
  return rows.editing(item) ? (
    <span className="catalog-actions">
      <Button
        size="sm"
        variant="primary"
        loading={rows.saving}
        onClick={() => void rows.saveDraft(item)}
      >
        Save
      </Button>
      <Button size="sm" variant="ghost" onClick={rows.cancel}>
        Cancel
      </Button>
    </span>
  ) : (
    <span className="catalog-actions">
      <Button
        size="sm"
        ariaLabel={`Edit ${item.name}`}
        onClick={() => rows.startEditing(item)}
      >
        Edit
      </Button>
      <Button
        size="sm"
        variant="ghost"
        ariaLabel={`Delete ${item.name}`}
        onClick={() => rows.deleteItem(item)}
      >
        Delete
      </Button>
    </span>
  );
}
