import { describeApiError } from '@esm-planner/dashboard-data-access-graphql';
import { ErrorBanner } from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import { catalogTableColumns } from './catalog-table-columns';
import { CATALOG_CSV_COLUMNS, type CatalogRow } from './catalog-labels';
import { useCatalogRowEditing } from './useCatalogRowEditing';

export type CatalogTableProps = {
  departmentName: string;
  items: readonly CatalogRow[];
  canEdit: boolean;
  onChanged: () => void;
};

/** The catalogue with its flags; owner, SLA target and review date are edited in the row. */
export function CatalogTable({
  departmentName,
  items,
  canEdit,
  onChanged,
}: CatalogTableProps) {
  const rows = useCatalogRowEditing(onChanged);
  const { error } = rows;
  return (
    <>
      {error ? (
        <ErrorBanner
          title="The change was not saved"
          messages={[describeApiError(error)]}
        />
      ) : null}
      {rows.slaInvalid ? (
        <ErrorBanner
          title="The SLA target is not a number"
          messages={['Enter a number of hours, e.g. 24.']}
        />
      ) : null}
      <TableWithDownload
        title={`${departmentName} catalogue`}
        headingLevel="h2"
        columns={catalogTableColumns(rows, canEdit)}
        csvColumns={CATALOG_CSV_COLUMNS}
        rows={items}
        rowKey={(item) => item.id}
        fileName={csvFileName(departmentName, 'catalogue')}
        testId="catalog-table"
      />
    </>
  );
}
