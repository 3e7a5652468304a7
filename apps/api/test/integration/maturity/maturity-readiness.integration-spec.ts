import { DataSource } from 'typeorm';
import { MATURITY_QUESTIONS } from '@esm-planner/domain-maturity';
import { buildOrganization, OrganizationFixture } from '../../support/fixtures';
import { importText } from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const SUBMIT = `mutation($input: MaturityAnswersInput!) { submitMaturityAssessment(input: $input) {
  id departmentId overallScore stage stageName dimensions { dimension score } nextSteps { questionId score }
  disagreements { questionId answer suggestedScore } } }`;
const READINESS =
  'query($id: ID!) { readiness(departmentId: $id) { ready checks { failureMode state reasons } } }';

const allAnswers = (score: (questionId: string, dimension: string) => number) =>
  MATURITY_QUESTIONS.map((question) => ({
    questionId: question.id,
    score: score(question.id, question.dimension),
  }));

describe('maturity assessments and readiness over GraphQL', () => {
  let api: TestApi;
  let org: OrganizationFixture;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
  });
  afterAll(() => api.close());

  it('serves the questionnaire and refuses bad answers naming the fields', async () => {
    const { maturityQuestions } = await api.ok(
      '{ maturityQuestions { id dimension text } }',
    );
    expect(maturityQuestions).toHaveLength(MATURITY_QUESTIONS.length);
    const result = await api.gql(SUBMIT, {
      input: {
        organizationId: org.id,
        answers: [
          { questionId: 'gov-sponsor', score: 6 },
          { questionId: 'nope', score: 3 },
        ],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(
      result.errors![0].extensions!.fields.map(
        (f: { field: string }) => f.field,
      ),
    ).toEqual(['answers[0].score', 'answers[1].questionId', 'answers']);
    expect(result.errors![0].extensions!.fields[2].message).toContain(
      'SERVICE_OWNERSHIP',
    );
  });

  it('scores, stores and lists assessments; flags answers the data contradicts', async () => {
    // Everything 4 except AUTOMATION 1: overall (5 × 4 + 1) / 6 = 3.5, capped at floor(1) + 1 = 2.
    const { submitMaturityAssessment: first } = await api.ok(SUBMIT, {
      input: {
        organizationId: org.id,
        answers: allAnswers((_id, dimension) =>
          dimension === 'AUTOMATION' ? 1 : 4,
        ),
      },
    });
    expect(first).toMatchObject({
      departmentId: null,
      overallScore: 3.5,
      stage: 2,
      stageName: 'REPEATABLE',
    });
    expect(
      first.nextSteps.map((step: { questionId: string }) => step.questionId),
    ).toEqual(['auto-resolve', 'auto-deflection', 'auto-integrations']);
    // No catalogue, sponsor or CoE yet: GOVERNANCE evidence is 1 (sponsor 1,
    // steering 1, CoE 0 → 1), so every GOVERNANCE answer of 4 is flagged.
    const governance = first.disagreements.filter((d: { questionId: string }) =>
      d.questionId.startsWith('gov-'),
    );
    expect(governance).toHaveLength(5);
    expect(governance[0]).toEqual({
      questionId: 'gov-sponsor',
      answer: 4,
      suggestedScore: 1,
    });

    await api.ok(SUBMIT, {
      input: { organizationId: org.id, answers: allAnswers(() => 5) },
    });
    const { maturity, maturityHistory } = await api.ok(
      'query($id: ID!) { maturity(organizationId: $id) { stage } maturityHistory(organizationId: $id) { stage overallScore } }',
      { id: org.id },
    );
    expect(maturity.stage).toBe(5);
    expect(maturityHistory).toEqual([
      { stage: 2, overallScore: 3.5 },
      { stage: 5, overallScore: 5 },
    ]);

    await api.ok(SUBMIT, {
      input: {
        organizationId: org.id,
        departmentId: org.departments.hr,
        answers: allAnswers(() => 3),
      },
    });
    const scoped = await api.ok(
      'query($id: ID!, $d: ID) { maturityHistory(organizationId: $id, departmentId: $d) { departmentId stage } }',
      { id: org.id, d: org.departments.hr },
    );
    expect(scoped.maturityHistory).toEqual([
      { departmentId: org.departments.hr, stage: 3 },
    ]);
  });

  it('answers NOT_FOUND for a department of another organisation', async () => {
    const other = await buildOrganization(api);
    const result = await api.gql(SUBMIT, {
      input: {
        organizationId: org.id,
        departmentId: other.departments.hr,
        answers: allAnswers(() => 3),
      },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('shows the readiness checks from data, passing once everything is in place', async () => {
    const before = (await api.ok(READINESS, { id: org.departments.hr }))
      .readiness;
    expect(before.ready).toBe(false);
    expect(
      Object.fromEntries(
        before.checks.map((c: { failureMode: string; state: string }) => [
          c.failureMode,
          c.state,
        ]),
      ),
    ).toEqual({
      IT_OWNS_IT: 'FAIL',
      PROCESS_NOT_FIXED: 'FAIL',
      IT_VOCABULARY: 'WARN',
      CHANGE_UNDERFUNDED: 'FAIL',
      CATALOGUE_INCOMPLETE: 'FAIL',
    });
    expect(before.checks[3].reasons).toEqual(['no saved business case']);

    await api.ok(
      'mutation($input: ProgrammeGovernanceInput!) { setProgrammeGovernance(input: $input) { executiveSponsor } }',
      {
        input: {
          organizationId: org.id,
          executiveSponsor: 'Dana (CFO)',
          steeringGroup: [
            { name: 'Ian', departmentId: org.departments.it },
            { name: 'Hana', departmentId: org.departments.hr },
          ],
        },
      },
    );
    await api.ok(
      'mutation($id: ID!) { updateDepartment(id: $id, input: { vocabulary: "request" }) { id } }',
      { id: org.departments.hr },
    );
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: 'department,request_type,channel,count\nHR,Leave request,EMAIL,30\nHR,Payslip query,CHAT,10\n',
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
    await api.ok(
      'mutation($input: CatalogItemInput!) { upsertCatalogItem(input: $input) { id } }',
      {
        input: {
          departmentId: org.departments.hr,
          name: 'Leave',
          owner: 'Hana',
          slaTargetHours: 24,
          fulfilmentMode: 'RESOLVE',
          processReviewed: true,
          requestTypes: ['Leave request', 'Payslip query'],
        },
      },
    );
    // A saved business case as the business-case pages store it: 9 000 of 90 000 up front = 0.10, a warning.
    const dataSource = api.running.app.get(DataSource);
    const [businessCase] = await dataSource.query(
      `INSERT INTO business_case (organization_id, name) VALUES ($1, 'Programme') RETURNING id`,
      [org.id],
    );
    await dataSource.query(
      `INSERT INTO business_case_version (organization_id, business_case_id, version, input) VALUES ($1, $2, 1, $3)`,
      [
        org.id,
        businessCase.id,
        JSON.stringify({ oneTimeCosts: 81_000, changeManagementCost: 9_000 }),
      ],
    );

    const after = (await api.ok(READINESS, { id: org.departments.hr }))
      .readiness;
    expect(after.checks.map((c: { state: string }) => c.state)).toEqual([
      'PASS',
      'PASS',
      'PASS',
      'WARN',
      'PASS',
    ]);
    expect(after.checks[3].reasons).toEqual([
      'change management is 10 % of the up-front budget (warning at 10 % or less)',
    ]);
    expect(after.ready).toBe(true);

    // The programme also counts IT and Finance: no audits, no items.
    const { programmeReadiness } = await api.ok(
      'query($id: ID!) { programmeReadiness(organizationId: $id) { ready checks { failureMode state } } }',
      { id: org.id },
    );
    expect(programmeReadiness.ready).toBe(false);
    expect(programmeReadiness.checks[4]).toEqual({
      failureMode: 'CATALOGUE_INCOMPLETE',
      state: 'FAIL',
    });
  });

  it('gives evidence beside each dimension', async () => {
    const { maturityEvidence } = await api.ok(
      'query($id: ID!, $d: ID) { maturityEvidence(organizationId: $id, departmentId: $d) { dimension suggestedScore signals { key value } } }',
      {
        id: org.id,
        d: org.departments.hr,
      },
    );
    const byDimension = Object.fromEntries(
      maturityEvidence.map((e: { dimension: string }) => [e.dimension, e]),
    );
    // HR: one item, owned, with SLA, RESOLVE, process reviewed, never reviewed (review due).
    expect(byDimension.PROCESS.suggestedScore).toBe(5);
    expect(byDimension.SERVICE_OWNERSHIP.signals).toEqual([
      { key: 'owners', value: 1 },
      { key: 'reviews-current', value: 0 },
    ]);
    expect(byDimension.SERVICE_OWNERSHIP.suggestedScore).toBe(3);
    // Sponsor 5, cross-functional 5, CoE 0 staffed → 1: (5 + 5 + 1) / 3 = 3.7.
    expect(byDimension.GOVERNANCE.suggestedScore).toBe(3.7);
    // change-management share 0.10 → 1 + 4 × 0.5 = 3; HR's word set → 5.
    expect(byDimension.PEOPLE_AND_CHANGE.signals).toEqual([
      { key: 'vocabulary', value: 1 },
      { key: 'change-management', value: 0.1 },
    ]);
  });
});
