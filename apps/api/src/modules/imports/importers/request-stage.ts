/**
 * The staging table both request paths fill (one row per valid record) and
 * the merge reads. `version_rank` / `version_time` are for sources that send
 * several versions of one record (a ServiceNow event log: keep the highest
 * sys_mod_count, ties to the latest sys_updated_at); format 2 leaves them
 * null. `checked` is the fast path's verdict on the row (null on the
 * JavaScript path, which stages valid rows only).
 */
export const STAGE_COLUMNS = [
  'line', 'external_id', 'department_id', 'request_type', 'channel', 'opened_at', 'first_response_at',
  'resolved_at', 'resolution', 'sla_met', 'reopened', 'handling_minutes',
] as const;

/** The columns of request_fact filled from the stage. */
export const FACT_COLUMNS = STAGE_COLUMNS.slice(1);

/**
 * A versioned source stages every row with its version and its department
 * by name: departments are resolved once only the latest versions are left
 * (a ticket's earlier rows may name groups it has left).
 */
export const VERSIONED_STAGE_COLUMNS = [...STAGE_COLUMNS, 'version_rank', 'version_time', 'department_name'] as const;

export const CREATE_REQUEST_STAGE = `CREATE TEMP TABLE request_stage (line integer, external_id text, department_id uuid, request_type text,
  channel text, opened_at timestamptz, first_response_at timestamptz, resolved_at timestamptz, resolution text, sla_met boolean,
  reopened boolean, handling_minutes numeric, version_rank numeric, version_time timestamptz, checked boolean, department_name text) ON COMMIT DROP`;
