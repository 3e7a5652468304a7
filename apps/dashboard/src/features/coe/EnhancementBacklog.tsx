import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import {
  describeApiError,
  type EnhancementRequestFieldsFragment,
  type EnhancementStatus,
  UpsertEnhancementRequestDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Button,
  ErrorBanner,
  type TableColumn,
} from '@esm-planner/dashboard-ui';
import { csvFileName, type CsvColumn } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatDate, formatDecimal, NO_VALUE } from '../formatting/format';
import { nextDecisions, statusLabel, statusTone } from './coe-labels';

type Request = EnhancementRequestFieldsFragment;

export type EnhancementBacklogProps = {
  organizationName: string;
  requests: readonly Request[];
  canDecide: boolean;
  onChanged: () => void;
};

const DECISION_LABELS: Partial<Record<EnhancementStatus, string>> = {
  ACCEPTED: 'Accept',
  DECLINED: 'Decline',
  DONE: 'Done',
};

/** The request whose decline reason is being written, if any. */
type Declining = { id: string; reason: string } | null;

/** The backlog table's columns; with `decision`, the product owner's buttons. */
const backlogColumns = (
  decision: ((request: Request) => ReactNode) | null,
): TableColumn<Request>[] => [
  {
    key: 'rank',
    header: 'Rank',
    align: 'end',
    cell: (r) => r.rank ?? NO_VALUE,
  },
  {
    key: 'title',
    header: 'Request',
    isRowHeader: true,
    cell: (r) => r.title,
  },
  { key: 'department', header: 'Department', cell: (r) => r.departmentName },
  {
    key: 'ratio',
    header: 'Value ÷ effort',
    align: 'end',
    cell: (r) => `${r.value} ÷ ${r.effort} = ${formatDecimal(r.ratio)}`,
  },
  {
    key: 'status',
    header: 'Status',
    cell: (r) => (
      <Badge tone={statusTone(r.status)}>{statusLabel(r.status)}</Badge>
    ),
  },
  {
    key: 'reason',
    header: 'Reason declined',
    cell: (r) => r.declineReason ?? NO_VALUE,
  },
  {
    key: 'filed',
    header: 'Filed',
    cell: (r) => formatDate(r.createdAt.slice(0, 10)),
  },
  ...(decision ? [{ key: 'actions', header: 'Decision', cell: decision }] : []),
];

const BACKLOG_CSV_COLUMNS: CsvColumn<Request>[] = [
  { header: 'rank', value: (r) => r.rank ?? '' },
  { header: 'title', value: (r) => r.title },
  { header: 'department', value: (r) => r.departmentName },
  { header: 'value', value: (r) => r.value },
  { header: 'effort', value: (r) => r.effort },
  { header: 'ratio', value: (r) => r.ratio },
  { header: 'status', value: (r) => r.status },
  {
    header: 'decline_reason',
    value: (r) => r.declineReason ?? '',
  },
  { header: 'created_at', value: (r) => r.createdAt },
];

/** The backlog ranked by value ÷ effort; the product owner accepts, declines (with a reason) or marks done. */
export function EnhancementBacklog({
  organizationName,
  requests,
  canDecide,
  onChanged,
}: EnhancementBacklogProps) {
  const [declining, setDeclining] = useState<Declining>(null);
  const [save, { loading, error }] = useMutation(
    UpsertEnhancementRequestDocument,
  );

  const decide = async (
    request: Request,
    status: EnhancementStatus,
    declineReason?: string,
  ) => {
    const { id, departmentId, title, description, value, effort } = request;
    const result = await save({
      variables: {
        input: {
          id,
          departmentId,
          title,
          description,
          value,
          effort,
          status,
          declineReason,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setDeclining(null);
      onChanged();
    }
  };

  const decision = (request: Request) => (
    <DecisionCell
      request={request}
      declining={declining}
      onDeclining={setDeclining}
      deciding={loading}
      onDecide={(status, declineReason) =>
        void decide(request, status, declineReason)
      }
    />
  );
  return (
    <>
      {error ? (
        <ErrorBanner
          title="The decision was not saved"
          messages={[describeApiError(error)]}
        />
      ) : null}
      <TableWithDownload
        title="Enhancement backlog"
        headingLevel="h2"
        note="Open requests ranked by value ÷ effort (ties: the older first); declined and done ones follow, with their reasons kept."
        columns={backlogColumns(canDecide ? decision : null)}
        csvColumns={BACKLOG_CSV_COLUMNS}
        rows={requests}
        rowKey={(r) => r.id}
        fileName={csvFileName(organizationName, 'enhancement backlog')}
        testId="enhancement-backlog"
      />
    </>
  );
}

/** Accept, decline or mark done; declining asks for the reason in the row. */
function DecisionCell({
  request,
  declining,
  onDeclining,
  deciding,
  onDecide,
}: {
  request: Request;
  declining: Declining;
  onDeclining: (declining: Declining) => void;
  deciding: boolean;
  onDecide: (status: EnhancementStatus, declineReason?: string) => void;
}) {
  if (declining?.id === request.id) {
    return (
      <form
        className="coe-decline"
        onSubmit={(event) => {
          event.preventDefault();
          onDecide('DECLINED', declining.reason);
        }}
      >
        <input
          aria-label={`Reason to decline ${request.title}`}
          className="catalog-inline-input"
          value={declining.reason}
          onChange={(event) =>
            onDeclining({ id: request.id, reason: event.target.value })
          }
          placeholder="Why not?"
        />
        <Button type="submit" size="sm" variant="danger" loading={deciding}>
          Decline
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onDeclining(null)}>
          Cancel
        </Button>
      </form>
    );
  }
  return (
    <span className="catalog-actions">
      {nextDecisions(request.status).map((status) => (
        <Button
          key={status}
          size="sm"
          variant={status === 'DECLINED' ? 'ghost' : 'secondary'}
          ariaLabel={`${DECISION_LABELS[status]} ${request.title}`}
          onClick={() =>
            status === 'DECLINED'
              ? onDeclining({ id: request.id, reason: '' })
              : onDecide(status)
          }
        >
          {DECISION_LABELS[status]}
        </Button>
      ))}
    </span>
  );
}
