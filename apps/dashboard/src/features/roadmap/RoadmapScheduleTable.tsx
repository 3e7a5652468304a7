import { Link } from 'react-router';
import {
  Badge,
  Card,
  InlineNotice,
  type TableColumn,
} from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { PATHS } from '../../app/routing/paths';
import { statusLabel, statusTone } from '../departments/department-labels';
import { TableWithDownload } from '../exports/TableWithDownload';
import {
  formatDate,
  formatPercent,
  formatShortDateRange,
  NO_VALUE,
} from '../formatting/format';
import { planStatusLabel } from '../rollouts/rollout-labels';
import {
  gateLine,
  overCapacityLine,
  SCHEDULE_CSV_COLUMNS,
  startReason,
  type RoadmapItem,
} from './roadmap-rows';

type Organization = { id: string; name: string; currency: string };

export type RoadmapScheduleTableProps = {
  organization: Organization;
  items: readonly RoadmapItem[];
  /** Whether the items are the preview of an order not saved. */
  isPreview: boolean;
};

const money = (value: number | null, currency: string) =>
  value === null
    ? NO_VALUE
    : new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(value);

/** Order, department (a link to its rollout), status, dates, plan, score and gates. */
const scheduleColumns = (
  organization: Organization,
): TableColumn<RoadmapItem>[] => [
  { key: 'order', header: '#', cell: (item) => String(item.order) },
  {
    key: 'department',
    header: 'Department',
    isRowHeader: true,
    cell: (item) => (
      <Link to={PATHS.rollout(organization.id, item.department.id)}>
        {item.department.name}
      </Link>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    cell: (item) => (
      <Badge tone={statusTone(item.status)}>{statusLabel(item.status)}</Badge>
    ),
  },
  {
    key: 'start',
    header: 'Starts',
    cell: (item) => <StartCell item={item} />,
  },
  {
    key: 'goLive',
    header: 'Go-live',
    cell: (item) => formatDate(item.goLiveDate),
  },
  {
    key: 'plan',
    header: 'Plan',
    cell: (item) =>
      item.planStatus ? planStatusLabel(item.planStatus) : 'No plan yet',
  },
  {
    key: 'score',
    header: 'Priority score',
    align: 'end',
    cell: (item) => (
      <>
        {money(item.priorityScore, organization.currency)}
        <span className="roadmap-table__note">
          {item.annualNetBenefit === null
            ? 'no audit yet'
            : `${money(item.annualNetBenefit, organization.currency)} ÷ (1 + ${formatPercent(item.informalShare)})`}
        </span>
      </>
    ),
  },
  {
    key: 'gates',
    header: 'Gates',
    cell: (item) => <GatesCell item={item} />,
  },
];

/** The start date, why it is then, and a warning when over capacity. */
function StartCell({ item }: { item: RoadmapItem }) {
  return (
    <>
      {formatDate(item.startDate)}
      <span className="roadmap-table__note">{startReason(item)}</span>
      {item.overCapacity ? (
        <span
          className="roadmap-table__warning"
          data-testid="roadmap-over-capacity"
        >
          <InlineNotice>
            {overCapacityLine(item, formatShortDateRange)}
          </InlineNotice>
        </span>
      ) : null}
    </>
  );
}

/** Each gate on a line, those that do not hold marked. */
function GatesCell({ item }: { item: RoadmapItem }) {
  return (
    <ul className="roadmap-table__gates">
      {item.gates.map((gate) => (
        <li
          key={gate.name}
          className={gate.holds ? undefined : 'roadmap-table__blocked'}
        >
          {gateLine(gate)}
        </li>
      ))}
    </ul>
  );
}

/** The schedule by department: when each starts and why, its gates and priority. */
export function RoadmapScheduleTable({
  organization,
  items,
  isPreview,
}: RoadmapScheduleTableProps) {
  return (
    <Card as="section" testId="roadmap-table">
      <TableWithDownload<RoadmapItem>
        title={
          isPreview
            ? 'Schedule by department (preview)'
            : 'Schedule by department'
        }
        headingLevel="h2"
        rows={items}
        rowKey={(item) => item.department.id}
        fileName={csvFileName(
          organization.name,
          isPreview ? 'roadmap-preview' : 'roadmap',
        )}
        columns={scheduleColumns(organization)}
        csvColumns={SCHEDULE_CSV_COLUMNS}
        testId="roadmap-schedule-table"
      />
    </Card>
  );
}
