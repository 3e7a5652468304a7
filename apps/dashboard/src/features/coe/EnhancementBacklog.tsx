import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
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
import { csvFileName } from '@esm-planner/shared-util-csv';
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

/** The backlog ranked by value ÷ effort; the product owner accepts, declines (with a reason) or marks done. */
export function EnhancementBacklog({
  organizationName,
  requests,
  canDecide,
  onChanged,
}: EnhancementBacklogProps) {
  const [declining, setDeclining] = useState<{
    id: string;
    reason: string;
  } | null>(null);
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

  const actions = (request: Request) => {
    if (declining?.id === request.id) {
      return (
        <form
          className="coe-decline"
          onSubmit={(event) => {
            event.preventDefault();
            void decide(request, 'DECLINED', declining.reason);
          }}
        >
          <input
            aria-label={`Reason to decline ${request.title}`}
            className="catalog-inline-input"
            value={declining.reason}
            onChange={(event) =>
              setDeclining({ id: request.id, reason: event.target.value })
            }
            placeholder="Why not?"
          />
          <Button type="submit" size="sm" variant="danger" loading={loading}>
            Decline
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDeclining(null)}>
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
                ? setDeclining({ id: request.id, reason: '' })
                : void decide(request, status)
            }
          >
            {DECISION_LABELS[status]}
          </Button>
        ))}
      </span>
    );
  };

  const columns: TableColumn<Request>[] = [
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
    ...(canDecide
      ? [{ key: 'actions', header: 'Decision', cell: actions }]
      : []),
  ];
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
        columns={columns}
        csvColumns={[
          { header: 'rank', value: (r: Request) => r.rank ?? '' },
          { header: 'title', value: (r: Request) => r.title },
          { header: 'department', value: (r: Request) => r.departmentName },
          { header: 'value', value: (r: Request) => r.value },
          { header: 'effort', value: (r: Request) => r.effort },
          { header: 'ratio', value: (r: Request) => r.ratio },
          { header: 'status', value: (r: Request) => r.status },
          {
            header: 'decline_reason',
            value: (r: Request) => r.declineReason ?? '',
          },
          { header: 'created_at', value: (r: Request) => r.createdAt },
        ]}
        rows={requests}
        rowKey={(r) => r.id}
        fileName={csvFileName(organizationName, 'enhancement backlog')}
        testId="enhancement-backlog"
      />
    </>
  );
}
