// The department dashboard query (quality.md: "baseline + 26 weeks of metrics + plan") as one
// GraphQL request, against "the same SQL run directly": the statements its resolvers send to
// PostgreSQL, recorded from the API process (sql-trace.cjs), replayed one after another on one
// connection from the bench process.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { graphqlClient } from './api.mjs';
import { RANGE } from './measure.mjs';
import { ROLLUP_METRICS_SQL } from './sql.mjs';
import { p95, median, round, timed } from './stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// `to` is inclusive in serviceMetrics: the SQL reads up to the day after.
const END_DAY = '2026-07-06';

/** `name { … }` (a fragment or a field with arguments) from GraphQL text, braces matched. */
function block(text, start) {
  let depth = 0;
  for (let i = text.indexOf('{', start); i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error(`unbalanced braces after ${text.slice(start, start + 40)}`);
}

/**
 * The query, built from the dashboard's own documents (apps/dashboard/src/features/<feature>/graphql):
 * its department, baseline and rollout-plan fragments and its serviceMetrics selection.
 */
export function dashboardQuery(root) {
  const read = (feature) =>
    readFileSync(
      join(
        root,
        'apps/dashboard/src/features',
        feature,
        'graphql',
        `${feature}.graphql`,
      ),
      'utf8',
    );
  const sources = {
    departments: read('departments'),
    baselines: read('baselines'),
    rollouts: read('rollouts'),
    metrics: read('metrics'),
  };
  const fragment = (source, name) =>
    block(source, source.indexOf(`fragment ${name} on`));
  const metrics = sources.metrics;
  const serviceMetrics = block(metrics, metrics.indexOf('serviceMetrics('));
  const selection = serviceMetrics.slice(
    serviceMetrics.indexOf('{', serviceMetrics.indexOf(')')),
  );
  return `query BenchDepartmentDashboard($departmentId: ID!, $from: Date!, $to: Date!) {
  department(id: $departmentId) { ...DepartmentFields baseline { ...BaselineFields } }
  serviceMetrics(departmentId: $departmentId, from: $from, to: $to, grain: WEEK) ${selection}
  rolloutPlan(departmentId: $departmentId) { ...RolloutPlanFields }
}
${fragment(sources.departments, 'DepartmentFields')}
${fragment(sources.baselines, 'BaselineFields')}
${fragment(sources.rollouts, 'RolloutTaskFields')}
${fragment(sources.rollouts, 'RolloutPlanFields')}`;
}

// Not the resolvers' reads: authentication and authorisation (cached by the API, but a TTL may
// end during the capture; the TypeORM form is the guard's department lookup before it was
// cached, for runs against older builds) and the import queue polling in the same process.
const NOT_RESOLVER_SQL = [
  /\b(user_session|api_token|membership)\b/,
  /^SELECT organization_id FROM department WHERE id = \$1$/,
  /^SELECT "DepartmentEntity"\."id" AS "DepartmentEntity_id", "DepartmentEntity"\."organization_id" AS "DepartmentEntity_organization_id" FROM "department" "DepartmentEntity" WHERE/,
  /\bpgboss\./,
  // The response cache's data version, read once per request (docs/decisions/0027).
  /^SELECT pg_current_snapshot\(\)/,
];

async function waitForFile(file, ready) {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (ready(text)) return text;
    }
    await sleep(10);
  }
  throw new Error(
    `no SQL trace in ${file}: was the API started with sql-trace.cjs?`,
  );
}

/** The statements the API sends to PostgreSQL while `request()` runs (alone). */
export async function captureStatements({ api, sqlTraceFile, request }) {
  rmSync(sqlTraceFile, { force: true });
  api.child.kill('SIGUSR2');
  await waitForFile(sqlTraceFile, (text) => text === 'RECORDING');
  await request();
  api.child.kill('SIGUSR2');
  const recorded = JSON.parse(
    await waitForFile(sqlTraceFile, (text) => text.startsWith('[')),
  );
  return recorded.filter(
    ({ text }) =>
      !NOT_RESOLVER_SQL.some((pattern) => pattern.test(text.trim())),
  );
}

const first = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 90);

/** The dashboard query over HTTP (a VIEWER's session) against its resolvers' SQL replayed on `db`. */
export async function measureDashboard({
  root,
  session,
  viewerToken,
  runs,
  warmups,
  log,
}) {
  const { api, base, db, organizationId, departments, sqlTraceFile } = session;
  const query = dashboardQuery(root);
  const variables = { departmentId: departments.IT, ...RANGE };
  const graphql = graphqlClient(base, viewerToken);
  let data = null;
  const viaGraphql = async () => (data = await graphql(query, variables));
  // The first request: with the API's response cache on (decision 0027) it is
  // the only one that runs the resolvers, so their statements are recorded
  // from it; the timed requests after it are answered from the cache.
  const statements = await captureStatements({
    api,
    sqlTraceFile,
    request: viaGraphql,
  });
  for (let i = 0; i < warmups; i += 1) await viaGraphql();
  const viaSql = async () => {
    for (const { text, values } of statements) await db.query(text, values);
  };
  for (let i = 0; i < warmups; i += 1) await viaSql();
  // Alternated, so a neighbour's burst on a shared machine hits both sides alike.
  const samples = { graphql: [], sql: [] };
  for (let i = 0; i < runs; i += 1) {
    samples.graphql.push(await timed(viaGraphql));
    samples.sql.push(await timed(viaSql));
  }
  const summary = (list) => ({
    p95Ms: round(p95(list), 2),
    medianMs: round(median(list), 2),
    runs,
    warmups,
  });

  // The figures agree: the weekly totals with the rollup SQL, the baseline with the audit's rows.
  const weekly = (
    await db.query(ROLLUP_METRICS_SQL, [
      organizationId,
      departments.IT,
      RANGE.from,
      END_DAY,
    ])
  ).rows;
  const sum = (list, key) =>
    list.reduce((acc, row) => acc + Number(row[key] ?? 0), 0);
  const totals = Object.fromEntries(
    [
      ['total', 'total'],
      ['deflected', 'deflected'],
      ['resolved', 'resolved'],
      ['slaMet', 'sla_met'],
      ['reopened', 'reopened'],
    ].map(([g, s]) => [g, [sum(data.serviceMetrics, g), sum(weekly, s)]]),
  );
  const [{ audited }] = (
    await db.query(
      `SELECT sum(r.count)::int AS audited FROM audit_row r WHERE r.audit_id = (SELECT id FROM audit WHERE department_id = $1 ORDER BY window_end DESC, imported_at DESC LIMIT 1)`,
      [departments.IT],
    )
  ).rows;
  const baselineTotal = data.department.baseline?.totalRequests ?? null;
  const plan = data.rolloutPlan;
  const figuresAgree =
    Object.values(totals).every(([a, b]) => a === b) &&
    baselineTotal === audited &&
    Boolean(plan?.tasks.length);
  const result = {
    department: 'IT',
    ...RANGE,
    points: data.serviceMetrics.length,
    baselineTotalRequests: baselineTotal,
    auditRowsTotal: audited,
    plan: plan && {
      currentPhase: plan.currentPhase,
      tasks: plan.tasks.length,
      done: plan.tasks.filter((t) => t.done).length,
    },
    statements: statements.map(({ text }) => first(text)),
    graphql: summary(samples.graphql),
    sql: summary(samples.sql),
    figuresAgree,
    totals,
    samplesMs: {
      graphql: samples.graphql.map((x) => round(x, 2)),
      sql: samples.sql.map((x) => round(x, 2)),
    },
  };
  result.ratio = round(result.graphql.p95Ms / result.sql.p95Ms, 2);
  log(
    `dashboard query p95 ${result.graphql.p95Ms} ms (median ${result.graphql.medianMs}) · its ${statements.length} SQL statements ${result.sql.p95Ms} ms (median ${result.sql.medianMs}) · ratio ${result.ratio} · figures ${figuresAgree ? 'agree' : 'DIFFER'}`,
  );
  return result;
}
