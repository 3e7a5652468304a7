/** The dashboard's URLs, built in one place. */
export const PATHS = {
  home: '/',
  login: '/login',
  organization: (organizationId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}`,
  department: (organizationId: string, departmentId: string) =>
    `/organizations/${encodeURIComponent(organizationId)}/departments/${encodeURIComponent(departmentId)}`,
} as const;
