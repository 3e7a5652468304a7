import {
  AccessRule,
  EVERYONE,
  DEPARTMENT_WRITERS,
  ADMINS,
  MANAGERS,
} from './access-rule';
import { requestsFile } from './matrix-world';

const WINDOW = { from: '2026-03-02', to: '2026-03-29' };
const byOrganization = (rule: Partial<AccessRule> = {}): AccessRule => ({
  roles: EVERYONE,
  scope: 'organization',
  request: ({ target }) => ({
    args: { organizationId: target.organizationId },
  }),
  ...rule,
});
const byDepartment = (rule: Partial<AccessRule> = {}): AccessRule => ({
  roles: EVERYONE,
  scope: 'department',
  request: ({ target }) => ({ args: { departmentId: target.departmentId } }),
  ...rule,
});
const signedIn: AccessRule = {
  roles: EVERYONE,
  scope: 'signedIn',
  request: () => ({ args: {} }),
};

/**
 * Every root query: who may call it and how it is scoped (api.md "Who may do
 * what", docs/access.md, decisions/0002). Reads are everyone's in the
 * organisation; a department's rows are its head's and not another head's.
 */
export const QUERY_RULES: Record<string, AccessRule> = {
  // First run (api.md): anyone may ask whether the instance still needs setting up.
  setupStatus: {
    roles: EVERYONE,
    scope: 'public',
    request: () => ({ args: {} }),
  },
  me: signedIn,
  organizations: signedIn,
  apiTokens: signedIn,
  maturityQuestions: signedIn,
  maturityStages: signedIn,
  // Pure: stores nothing and names no organisation (decisions/0002).
  evaluateBusinessCase: {
    ...signedIn,
    request: () => ({
      args: {
        input: {
          loadedHourlyCost: 50,
          oneTimeCosts: 10_000,
          monthlyPlatformCost: 1_000,
          departments: [
            {
              kind: 'HR',
              monthlyVolume: 400,
              handlingMinutes: 20,
              goLiveMonth: 1,
            },
          ],
        },
      },
    }),
  },

  organization: byOrganization({
    request: ({ target }) => ({ args: { id: target.organizationId } }),
  }),
  departments: byOrganization(),
  organizationBaseline: byOrganization(),
  organizationDeflection: byOrganization({
    request: ({ target }) => ({
      args: { organizationId: target.organizationId, ...WINDOW },
    }),
  }),
  organizationMembers: byOrganization({ roles: ADMINS }),
  businessCases: byOrganization(),
  businessCase: byOrganization({
    request: ({ target }) => ({ args: { id: target.businessCaseId } }),
  }),
  valueRealisation: byOrganization({
    request: ({ target }) => ({
      args: { businessCaseId: target.businessCaseId, asOf: '2026-06-30' },
    }),
  }),
  coe: byOrganization(),
  enhancementRequests: byOrganization(),
  programmeGovernance: byOrganization(),
  programmeOverview: byOrganization(),
  gettingStarted: byOrganization(),
  programmeReadiness: byOrganization(),
  roadmap: byOrganization(),
  previewRoadmap: byOrganization(),
  roadmapSettings: byOrganization(),
  columnMappings: byOrganization(),
  importJobs: byOrganization({
    request: ({ target }) => ({
      args: { organizationId: target.organizationId, limit: 5 },
    }),
  }),
  // The first step of an import: the import rule (data-formats §5).
  previewImport: byOrganization({
    roles: DEPARTMENT_WRITERS,
    request: ({ target }) => ({
      args: {
        input: {
          organizationId: target.organizationId,
          csv: requestsFile(target.departmentName),
        },
      },
    }),
  }),

  department: byDepartment({
    request: ({ target }) => ({ args: { id: target.departmentId } }),
  }),
  baseline: byDepartment(),
  baselineHistory: byDepartment(),
  catalog: byDepartment(),
  catalogGaps: byDepartment(),
  readiness: byDepartment(),
  rolloutPlan: byDepartment(),
  // The plan form's preview: those who may create the plan (domain §4 "Starting a plan").
  rolloutPlanPreview: byDepartment({
    roles: MANAGERS,
    request: ({ target }) => ({
      args: { departmentId: target.departmentId, startDate: '2026-01-05' },
    }),
  }),
  serviceMetrics: byDepartment({
    request: ({ target }) => ({
      args: { departmentId: target.departmentId, ...WINDOW, grain: 'WEEK' },
    }),
  }),
  channelVolume: byDepartment({
    request: ({ target }) => ({
      args: { departmentId: target.departmentId, ...WINDOW, grain: 'WEEK' },
    }),
  }),
  // Department-level maturity is the department's (docs/access.md).
  maturity: byDepartment({
    request: ({ target }) => ({
      args: {
        organizationId: target.organizationId,
        departmentId: target.departmentId,
      },
    }),
  }),
  maturityHistory: byDepartment({
    request: ({ target }) => ({
      args: {
        organizationId: target.organizationId,
        departmentId: target.departmentId,
      },
    }),
  }),
  maturityEvidence: byDepartment({
    request: ({ target }) => ({
      args: {
        organizationId: target.organizationId,
        departmentId: target.departmentId,
      },
    }),
  }),
  // A head reads the imports they started; any other job answers NOT_FOUND, like one that does not exist.
  importJob: byDepartment({
    request: ({ target }) => ({ args: { id: target.importJobId } }),
    headOtherDepartmentAs: 'NOT_FOUND',
  }),
};
