// What the department dashboard shows besides request metrics, seeded for IT through the API
// (as an organisation would build it), so the dashboard query's baseline and plan are not empty:
// a two-week audit, a service owner, catalogue items, and a rollout plan begun during the
// requests' 26 weeks, moved through its gates into the pilot, its first tasks done. Then a VIEWER, logged in: the
// dashboard is read with a session, as a browser does.
import { CHANNELS, mulberry32, REQUEST_TYPES } from './generate.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const AUDIT_WINDOW = {
  windowStart: '2026-03-02',
  windowEnd: '2026-03-15',
};
// A Monday inside the generated requests' weeks (2026-01-05 … 2026-07-05): the pilot phase has data.
export const PLAN_START = '2026-02-02';
const VIEWER = {
  email: 'bench-viewer@esm-planner.local',
  password: 'bench-viewer-password-1',
};

/** The audit (format 1): every request type × channel, seeded counts and times. */
function auditCsv(department) {
  const random = mulberry32(7);
  const lines = [
    'department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours',
  ];
  for (const type of REQUEST_TYPES) {
    for (const channel of [...CHANNELS, 'SPREADSHEET', 'WALK_UP']) {
      const count = 3 + Math.floor(random() * 60);
      lines.push(
        `${department},${type},${channel},${count},${(5 + random() * 50).toFixed(1)},${(0.2 + random() * 30).toFixed(2)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function importAudit(graphql, organizationId, department) {
  const { startImport } = await graphql(
    'mutation($input: StartImportInput!) { startImport(input: $input) { id } }',
    {
      input: {
        organizationId,
        kind: 'AUDIT',
        format: 'GENERIC',
        csv: auditCsv(department),
        fileName: 'bench-audit.csv',
        ...AUDIT_WINDOW,
      },
    },
  );
  for (;;) {
    const { importJob } = await graphql(
      'query($id: ID!) { importJob(id: $id) { status message } }',
      { id: startImport.id },
    );
    if (importJob.status === 'SUCCEEDED') return;
    if (importJob.status === 'FAILED')
      throw new Error(`The bench audit import failed: ${importJob.message}`);
    await sleep(100);
  }
}

/**
 * Seeds IT's dashboard (admin token) and returns a VIEWER's session token.
 * Run after the request data are in: the plan's pilot gate counts their weeks.
 */
export async function seedDashboard({
  graphql,
  organizationId,
  departments,
  log,
}) {
  const it = departments.IT;
  await importAudit(graphql, organizationId, 'IT');
  await graphql(
    'mutation($id: ID!) { updateDepartment(id: $id, input: { serviceOwner: "IT Service Desk Lead" }) { id } }',
    { id: it },
  );
  for (const [name, requestTypes, slaTargetHours] of [
    ['Reset a password', ['Password reset'], 4],
    ['Request access', ['Access request', 'VPN problem'], 24],
    ['Report a hardware issue', ['Hardware issue'], 48],
    ['Install software', ['Software install'], 24],
  ]) {
    await graphql(
      'mutation($input: CatalogItemInput!) { upsertCatalogItem(input: $input) { id } }',
      {
        input: {
          departmentId: it,
          name,
          requestTypes,
          slaTargetHours,
          owner: 'IT Service Desk',
          fulfilmentMode: 'RESOLVE',
        },
      },
    );
  }
  const { createRolloutPlan: plan } = await graphql(
    'mutation($id: ID!, $start: Date!) { createRolloutPlan(departmentId: $id, startDate: $start) { id tasks { id } } }',
    { id: it, start: PLAN_START },
  );
  for (const task of plan.tasks.slice(0, Math.ceil(plan.tasks.length / 2))) {
    await graphql(
      'mutation($id: ID!) { setTaskDone(taskId: $id, done: true) { id } }',
      { id: task.id },
    );
  }
  // Into PILOT_AND_MEASURE: the plan's next gate then counts the pilot's weeks of metrics.
  let phase = null;
  for (let step = 0; step < 2; step += 1) {
    ({
      advancePhase: { currentPhase: phase },
    } = await graphql(
      'mutation($id: ID!) { advancePhase(planId: $id) { currentPhase } }',
      { id: plan.id },
    ));
  }
  const { createUser } = await graphql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: { ...VIEWER, name: 'Bench viewer' },
    },
  );
  await graphql(
    'mutation($input: MembershipInput!) { addMembership(input: $input) { id } }',
    {
      input: { organizationId, userId: createUser.id, role: 'VIEWER' },
    },
  );
  const { login } = await graphql(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    VIEWER,
  );
  log(
    `Seeded IT's dashboard: audit ${AUDIT_WINDOW.windowStart} … ${AUDIT_WINDOW.windowEnd}, 4 catalogue items, plan from ${PLAN_START} in ${phase} with ${Math.ceil(plan.tasks.length / 2)}/${plan.tasks.length} tasks done; reading as a VIEWER session.`,
  );
  return { viewerToken: login.token, planId: plan.id };
}
