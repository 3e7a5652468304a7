import type { KeyValueStorage } from '@esm-planner/dashboard-data-access-graphql';

export const ORGANIZATION_STORAGE_KEY = 'esm-planner.organizationId';

/**
 * The organisation to open: the one chosen last time if the person still
 * belongs to it, else the first the API lists, else none.
 */
export function pickOrganization<Organization extends { id: string }>(
  organizations: readonly Organization[],
  rememberedId: string | null,
): Organization | null {
  return (
    organizations.find((organization) => organization.id === rememberedId) ??
    organizations[0] ??
    null
  );
}

export function readRememberedOrganization(
  storage: KeyValueStorage,
): string | null {
  return storage.getItem(ORGANIZATION_STORAGE_KEY);
}

export function rememberOrganization(
  storage: KeyValueStorage,
  organizationId: string,
): void {
  storage.setItem(ORGANIZATION_STORAGE_KEY, organizationId);
}
