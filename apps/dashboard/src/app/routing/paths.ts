/** The dashboard's URLs, built in one place. */
export const PATHS = {
  home: '/',
  login: '/login',
  setup: '/setup',
  organization: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}`,
  imports: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/imports`,
  baseline: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/baseline`,
  metrics: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/metrics`,
  businessCases: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/business-cases`,
  businessCase: (organizationId: string, caseId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/business-cases/${encodeURIComponent(caseId)}`,
  maturity: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/maturity`,
  catalogue: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/catalogue`,
  coe: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/coe`,
  departments: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/departments`,
  department: (organizationId: string, departmentId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/departments/${encodeURIComponent(departmentId)}`,
  rollouts: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/rollout`,
  rollout: (organizationId: string, departmentId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/departments/${encodeURIComponent(departmentId)}/rollout`,
  settings: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/settings`,
  /** Creating another organisation starts from the settings of the one at hand (the sidebar stays). */
  newOrganization: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/settings/new-organization`,
  roadmap: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/roadmap`,
  people: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/people`,
} as const;
