/**
 * The staging table the JavaScript path of format 2 fills (one row per
 * valid record) and the merge reads; the fast path and the mapped path
 * create theirs with the same columns (CREATE TABLE … AS).
 */
export const STAGE_COLUMNS = [
  'line',
  'external_id',
  'department_id',
  'request_type',
  'channel',
  'opened_at',
  'first_response_at',
  'resolved_at',
  'resolution',
  'sla_met',
  'reopened',
  'handling_minutes',
] as const;

/** The columns of request_fact filled from the stage. */
export const FACT_COLUMNS = STAGE_COLUMNS.slice(1);

export const CREATE_REQUEST_STAGE = `CREATE TEMP TABLE request_stage (line integer, external_id text, department_id uuid, request_type text,
  channel text, opened_at timestamptz, first_response_at timestamptz, resolved_at timestamptz, resolution text, sla_met boolean,
  reopened boolean, handling_minutes numeric) ON COMMIT DROP`;
