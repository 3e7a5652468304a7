import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { CatalogItemEntity } from '@esm-planner/api-data-access-db';
import { buildOrganization, OrganizationFixture } from '../../support/fixtures';
import {
  importText,
  SAMPLE_REQUESTS,
  SAMPLE_WINDOW,
  sampleRows,
} from '../../support/imports';
import {
  ADVANCE,
  CREATE_PLAN,
  importWeeks,
  IT_WEEKS,
  monday,
  PLAN,
  utcDate,
} from '../../support/rollouts';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const UPDATE_DEPARTMENT = `mutation($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id status serviceOwner } }`;
const DEPARTMENT = `query($id: ID!) { department(id: $id) { id status rolloutPlan { id currentPhase } } }`;

describe('rollout plans and their gates through GraphQL', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let catalog: ReturnType<DataSource['getRepository']>;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    await importWeeks(api, org.id, 'IT', IT_WEEKS);
    catalog = api.running.app.get(DataSource).getRepository(CatalogItemEntity);
  });
  afterAll(() => api.close());

  it('refuses a non-IT plan while IT is not stable at its start date, with the stability figures', async () => {
    const result = await api.gql(CREATE_PLAN, {
      departmentId: org.departments.hr,
      startDate: monday(-15),
    });
    expect(errorCode(result)).toBe('GATE_BLOCKED');
    const error = result.errors![0];
    // Window −21 … −16: rates 0.20 0.70 0.35 0.60 0.25 0.50 → mean 2.6 / 6 = 0.4333; squared deviations sum to 0.19833, / 6 = 0.03306, sd = √0.03306 = 0.1818.
    expect(error.message).toContain('IT is not stable');
    expect(error.message).toContain('mean deflection 0.433');
    expect(error.message).toContain('standard deviation 0.182');
    expect(error.extensions!.reasons).toEqual([
      'IT is not stable yet',
      'standard deviation 0.182 > 0.05',
    ]);
    expect(error.extensions!.itStability.weeks).toHaveLength(6);
    expect(error.extensions!.itStability.meanDeflection).toBeCloseTo(
      2.6 / 6,
      9,
    );
  });

  it('creates the plan once IT is stable, with the standard tasks, and refuses a second one', async () => {
    const { createRolloutPlan: plan } = await api.ok(CREATE_PLAN, {
      departmentId: org.departments.hr,
      startDate: monday(-9),
    });
    expect(plan.tasks).toHaveLength(15);
    expect(plan.tasks[0]).toMatchObject({
      title: 'Audit request volume by channel',
      phase: 'AUDIT_AND_DESIGN',
      done: false,
    });
    expect(plan).toMatchObject({
      currentPhase: 'AUDIT_AND_DESIGN',
      departmentStatus: 'AUDITING',
      dayNumber: 64 + ((new Date().getUTCDay() + 6) % 7),
    });
    expect(plan.gate).toEqual({
      name: 'BUILD_AND_CONFIGURE',
      holds: false,
      reasons: ['no baseline audit yet', 'no service owner named'],
    });
    expect(
      (await api.ok(DEPARTMENT, { id: org.departments.hr })).department,
    ).toMatchObject({ status: 'AUDITING', rolloutPlan: { id: plan.id } });

    const again = await api.gql(CREATE_PLAN, {
      departmentId: org.departments.hr,
      startDate: utcDate(),
    });
    expect(errorCode(again)).toBe('CONFLICT');
    const typo = await api.gql(CREATE_PLAN, {
      departmentId: org.departments.finance,
      startDate: '2206-01-05',
    });
    expect(errorCode(typo)).toBe('BAD_USER_INPUT');
    expect(typo.errors![0].extensions!.fields[0].field).toBe('startDate');
  });

  it('lets IT start whatever its stability', async () => {
    const { createRolloutPlan } = await api.ok(CREATE_PLAN, {
      departmentId: org.departments.it,
      startDate: '2024-01-01',
      businessDays: true,
    });
    expect(createRolloutPlan).toMatchObject({
      businessDays: true,
      status: 'LATE',
      phaseByDate: 'FULL_ROLLOUT_AND_EXPAND',
    });
  });

  it('moves through each gate only once the data is there', async () => {
    const { rolloutPlan } = await api.ok(PLAN, {
      departmentId: org.departments.hr,
    });
    const advance = () => api.gql(ADVANCE, { planId: rolloutPlan.id });

    // Into BUILD: an audit and a service owner.
    let result = await advance();
    expect(errorCode(result)).toBe('GATE_BLOCKED');
    expect(result.errors![0].extensions!.reasons).toEqual([
      'no baseline audit yet',
      'no service owner named',
    ]);
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['HR']),
      ...SAMPLE_WINDOW,
    });
    result = await advance();
    expect(result.errors![0].extensions!.reasons).toEqual([
      'no service owner named',
    ]);
    await api.ok(UPDATE_DEPARTMENT, {
      id: org.departments.hr,
      input: { serviceOwner: 'Marcus Lee' },
    });
    result = await advance();
    expect(result.data!.advancePhase).toMatchObject({
      currentPhase: 'BUILD_AND_CONFIGURE',
      departmentStatus: 'BUILDING',
    });
    expect(
      (await api.ok(DEPARTMENT, { id: org.departments.hr })).department.status,
    ).toBe('BUILDING');

    // Into PILOT: catalogue items, each with an owner and an SLA target.
    result = await advance();
    expect(result.errors![0].extensions!.reasons).toEqual([
      'no catalogue items yet',
    ]);
    const base = { organizationId: org.id, departmentId: org.departments.hr };
    await catalog.save([
      {
        ...base,
        name: 'Payslip query',
        nameKey: 'payslip query',
        owner: null,
        slaTargetHours: 24,
      },
      {
        ...base,
        name: 'Leave request',
        nameKey: 'leave request',
        owner: '  ',
        slaTargetHours: null,
      },
    ]);
    result = await advance();
    expect(errorCode(result)).toBe('GATE_BLOCKED');
    expect(result.errors![0].extensions!.reasons).toEqual([
      'catalogue items without an owner: Leave request, Payslip query',
      'catalogue item without an SLA target: Leave request',
    ]);
    await catalog.update(
      { departmentId: org.departments.hr },
      { owner: 'Payroll team', slaTargetHours: 48 },
    );
    result = await advance();
    expect(result.data!.advancePhase).toMatchObject({
      currentPhase: 'PILOT_AND_MEASURE',
      departmentStatus: 'PILOTING',
    });

    // Into FULL: two complete pilot weeks with metrics. The plan began on the Monday of week −9,
    // so day 31 (the pilot) is the Wednesday of week −5 and the first whole pilot week is week −4.
    result = await advance();
    expect(result.errors![0].extensions!.reasons).toEqual([
      '0 weeks of pilot metrics recorded; 2 needed',
    ]);
    await importWeeks(api, org.id, 'HR', [
      [-5, 90, 30],
      [-4, 95, 40],
    ]);
    result = await advance();
    expect(result.errors![0].extensions!.reasons).toEqual([
      '1 week of pilot metrics recorded; 2 needed',
    ]);
    await importWeeks(api, org.id, 'HR', [[-3, 101, 45]]);
    result = await advance();
    expect(result.data!.advancePhase).toMatchObject({
      currentPhase: 'FULL_ROLLOUT_AND_EXPAND',
      departmentStatus: 'LIVE',
      gate: null,
    });
    expect(
      (await api.ok(DEPARTMENT, { id: org.departments.hr })).department.status,
    ).toBe('LIVE');

    // There is no phase after the last.
    expect(errorCode(await advance())).toBe('CONFLICT');
  });

  it('evaluates a plan at any asOf', async () => {
    const { rolloutPlan } = await api.ok(PLAN, {
      departmentId: org.departments.hr,
      asOf: monday(-10),
    });
    expect(rolloutPlan).toMatchObject({
      dayNumber: -6,
      status: 'NOT_STARTED',
      phaseByDate: null,
      progress: 0,
    });
    expect(
      (await api.ok(PLAN, { departmentId: org.departments.finance }))
        .rolloutPlan,
    ).toBeNull();
  });
});

describe('the pilot gate over request records', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('counts complete pilot weeks with requests, from the requests themselves', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: readFileSync(SAMPLE_REQUESTS, 'utf8'),
    });
    const { createRolloutPlan: plan } = await api.ok(CREATE_PLAN, {
      departmentId: org.departments.it,
      startDate: '2026-02-02',
    });
    // Straight into the pilot: this test is about the gate out of it.
    await api.running.app
      .get(DataSource)
      .query(
        `UPDATE rollout_plan SET current_phase = 'PILOT_AND_MEASURE' WHERE id = $1`,
        [plan.id],
      );
    // Day 31, the pilot's first, is Wednesday 2026-03-04: the first whole pilot week is that of Monday 2026-03-09.
    const at = async (asOf: string) =>
      (await api.ok(PLAN, { departmentId: org.departments.it, asOf }))
        .rolloutPlan.gate;
    expect(await at('2026-03-22')).toEqual({
      name: 'FULL_ROLLOUT_AND_EXPAND',
      holds: false,
      reasons: ['1 week of pilot metrics recorded; 2 needed'],
    });
    expect(await at('2026-03-23')).toEqual({
      name: 'FULL_ROLLOUT_AND_EXPAND',
      holds: true,
      reasons: [],
    });
  });
});
