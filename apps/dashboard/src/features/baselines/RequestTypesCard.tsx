import { Card, Table } from '@esm-planner/dashboard-ui';
import { ParetoChart } from '@esm-planner/dashboard-ui-charts';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import { formatPercent } from '../formatting/format';
import {
  paretoData,
  paretoDescription,
  type RequestTypeVolume,
} from './baseline-charts';
import { capitalisedPlural } from './baseline-stats';
import { countAndShareColumns } from './volume-columns';

export type RequestTypesCardProps = {
  /** The card title's level in the page outline. */
  titleAs?: 'h2' | 'h3';
  vocabulary: string;
  types: readonly RequestTypeVolume[];
  fileStem: string;
};

/** The top request types as a Pareto chart, and their table. */
export function RequestTypesCard({
  titleAs = 'h3',
  vocabulary,
  types,
  fileStem,
}: RequestTypesCardProps) {
  const countHeader = capitalisedPlural(vocabulary);
  const description = paretoDescription(vocabulary, types);
  return (
    <Card
      as="section"
      titleAs={titleAs}
      title="Top request types"
      testId="request-types"
      aside={
        <DownloadCsvButton<RequestTypeVolume>
          fileName={csvFileName(fileStem, 'top-request-types')}
          tableName="top request types"
          rows={types}
          columns={[
            { header: 'Request type', value: (row) => row.requestType },
            { header: countHeader, value: (row) => row.count },
            { header: 'Share', value: (row) => row.share },
            { header: 'Cumulative share', value: (row) => row.cumulativeShare },
          ]}
        />
      }
    >
      <div className="baseline-stack">
        <p className="muted">{description}</p>
        <ParetoChart
          title="Top request types, Pareto chart"
          description={description}
          data={paretoData(types)}
          categoryHeader="Request type"
          countHeader={countHeader}
          testId="pareto-chart"
        />
        <Table<RequestTypeVolume>
          caption="Top request types"
          columns={[
            {
              key: 'type',
              header: 'Request type',
              isRowHeader: true,
              cell: (row) => row.requestType,
            },
            ...countAndShareColumns<RequestTypeVolume>(countHeader),
            {
              key: 'cumulative',
              header: 'Cumulative',
              align: 'end',
              cell: (row) => formatPercent(row.cumulativeShare),
            },
          ]}
          rows={types}
          rowKey={(row) => row.requestType}
          testId="request-type-table"
        />
      </div>
    </Card>
  );
}
