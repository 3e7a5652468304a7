import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  DepartmentCatalogueDocument,
  type DepartmentCatalogueQuery,
  describeApiError,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
  LoadingState,
  type TableColumn,
} from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import {
  formatCount,
  formatDateRange,
  formatPercent,
} from '../formatting/format';
import { CatalogItemForm } from './CatalogItemForm';
import { CatalogTable } from './CatalogTable';

export type DepartmentCatalogueProps = {
  departmentId: string;
  departmentName: string;
  vocabulary: string;
  canEdit: boolean;
};

type Gap = { requestType: string; count: number; share?: number | null };

/** One department's catalogue: coverage of its audit, the items with flags, the gaps, and a form to add an item. */
export function DepartmentCatalogue({
  departmentId,
  departmentName,
  vocabulary,
  canEdit,
}: DepartmentCatalogueProps) {
  const { data, loading, error, refetch } = useQuery(
    DepartmentCatalogueDocument,
    { variables: { departmentId }, fetchPolicy: 'cache-and-network' },
  );
  const [prefill, setPrefill] = useState<string | null>(null);
  if (!data && loading) return <LoadingState label="Loading the catalogue…" />;
  if (!data)
    return (
      <ErrorBanner
        title="The catalogue could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );

  const changed = () => {
    setPrefill(null);
    void refetch();
  };
  const baseline = data.baseline;
  return (
    <div className="catalog-stack">
      <CatalogCoverageCard
        baseline={baseline}
        gaps={data.catalogGaps.length}
        vocabulary={vocabulary}
      />
      <CatalogTable
        departmentName={departmentName}
        items={data.catalog}
        canEdit={canEdit}
        onChanged={changed}
      />
      {data.catalogGaps.length > 0 ? (
        <CatalogGapsCard
          gaps={data.catalogGaps}
          departmentName={departmentName}
          vocabulary={vocabulary}
          onAdd={canEdit ? setPrefill : null}
        />
      ) : null}
      {canEdit ? (
        <CatalogItemForm
          key={prefill ?? 'new'}
          departmentId={departmentId}
          vocabulary={vocabulary}
          initialRequestTypes={prefill ?? ''}
          onSaved={changed}
        />
      ) : null}
    </div>
  );
}

type Baseline = DepartmentCatalogueQuery['baseline'];

/** How much of the latest audit the catalogue covers, in a sentence. */
function CatalogCoverageCard({
  baseline,
  gaps,
  vocabulary,
}: {
  baseline: Baseline;
  /** How many of the top request types have no item. */
  gaps: number;
  vocabulary: string;
}) {
  return (
    <Card as="section" title="Coverage of the audit" testId="catalog-coverage">
      {baseline ? (
        <p>
          <strong>{formatPercent(baseline.catalogCoverage)}</strong> of the{' '}
          {vocabulary}s audited{' '}
          {formatDateRange(baseline.windowStart, baseline.windowEnd)} have a
          catalogue item;{' '}
          {gaps === 0
            ? 'every one of the top 10 request types is covered.'
            : `${gaps} of the top 10 request types have none yet.`}
        </p>
      ) : (
        <p className="muted">
          No audit yet: import one to see which request types the catalogue must
          cover.
        </p>
      )}
    </Card>
  );
}

/** The gap table's columns; with `onAdd`, a button per gap pre-fills the form. */
const gapColumns = (
  vocabulary: string,
  onAdd: ((requestType: string) => void) | null,
): TableColumn<Gap>[] => [
  {
    key: 'type',
    header: 'Request type',
    isRowHeader: true,
    cell: (gap) => gap.requestType,
  },
  {
    key: 'count',
    header: `${vocabulary}s in the audit`,
    align: 'end',
    cell: (gap) => formatCount(gap.count),
  },
  {
    key: 'share',
    header: 'Share',
    align: 'end',
    cell: (gap) => formatPercent(gap.share),
  },
  ...(onAdd
    ? [
        {
          key: 'add',
          header: 'Add',
          cell: (gap: Gap) => (
            <Button
              size="sm"
              ariaLabel={`Add item: ${gap.requestType}`}
              onClick={() => onAdd(gap.requestType)}
            >
              Add item
            </Button>
          ),
        },
      ]
    : []),
];

/** The top request types without an item, each one click from the form. */
function CatalogGapsCard({
  gaps,
  departmentName,
  vocabulary,
  onAdd,
}: {
  gaps: readonly Gap[];
  departmentName: string;
  vocabulary: string;
  onAdd: ((requestType: string) => void) | null;
}) {
  return (
    <Card as="section" testId="catalog-gaps">
      <TableWithDownload
        title="Gaps: top request types without an item"
        columns={gapColumns(vocabulary, onAdd)}
        csvColumns={[
          {
            header: 'request_type',
            value: (gap: Gap) => gap.requestType,
          },
          { header: 'count', value: (gap: Gap) => gap.count },
          { header: 'share', value: (gap: Gap) => gap.share ?? '' },
        ]}
        rows={gaps}
        rowKey={(gap) => gap.requestType}
        fileName={csvFileName(departmentName, 'catalogue gaps')}
      />
    </Card>
  );
}
