/** The seven functions of a global ESM Centre of Excellence (domain §7). */
export const COE_ROLES = [
  'TEAM',
  'COMMUNICATIONS',
  'TRAINING',
  'PRODUCT_OWNER',
  'DEVELOPMENT',
  'MAINTENANCE',
  'REPORTING',
] as const;
export type CoeRole = (typeof COE_ROLES)[number];

export type CoeRoleAssignees = { role: CoeRole; assignees: string[] };

/** Every role in order with its assignees (sorted by name), roles without any included. */
export function coeRoster(
  assignments: readonly { role: CoeRole; assignee: string }[],
): CoeRoleAssignees[] {
  return COE_ROLES.map((role) => ({
    role,
    assignees: assignments
      .filter((assignment) => assignment.role === role)
      .map((assignment) => assignment.assignee)
      .sort((a, b) => a.localeCompare(b)),
  }));
}

/** Roles with at least one assignee ÷ 7, a fraction. */
export function coeCoverage(roster: readonly CoeRoleAssignees[]): number {
  return (
    roster.filter((entry) => entry.assignees.length > 0).length /
    COE_ROLES.length
  );
}

/** The key that makes two assignee names the same person in a role. */
export function assigneeKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
