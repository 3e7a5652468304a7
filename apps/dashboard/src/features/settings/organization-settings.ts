import type {
  RollupRebuildFieldsFragment,
  Role,
} from '@esm-planner/dashboard-data-access-graphql';
import type { SelectOption } from '@esm-planner/dashboard-ui';

/** Only an ADMIN (or the instance administrator, role null) changes the organisation's settings. */
export function canManageOrganization(
  myRole: Role | null | undefined,
): boolean {
  return myRole === null || myRole === 'ADMIN';
}

/** Whether the worker still has the rebuild to do: the page polls until it has not. */
export function rebuildInProgress(
  rebuild: Pick<RollupRebuildFieldsFragment, 'status'> | null | undefined,
): boolean {
  return rebuild?.status === 'QUEUED' || rebuild?.status === 'RUNNING';
}

/** What the rebuild is doing, in one sentence. */
export function rebuildSentence(rebuild: RollupRebuildFieldsFragment): string {
  const change = `from ${rebuild.previousTimeZone} to ${rebuild.timeZone}`;
  switch (rebuild.status) {
    case 'QUEUED':
      return `Changing the time zone ${change}: the request data waits for the worker to rebuild it. Figures stay in ${rebuild.previousTimeZone} until then.`;
    case 'RUNNING': {
      const progress =
        rebuild.monthsTotal === null
          ? 'counting the months'
          : `${rebuild.monthsDone} of ${rebuild.monthsTotal} ${rebuild.monthsTotal === 1 ? 'month' : 'months'} done`;
      return `Changing the time zone ${change}: rebuilding the request data, ${progress}. Figures stay in ${rebuild.previousTimeZone} until it is done.`;
    }
    case 'SUCCEEDED':
      return `The time zone changed ${change}; every figure is now counted in ${rebuild.timeZone}.`;
    default:
      return `The time zone was not changed ${change}: ${rebuild.message ?? 'the rebuild stopped.'}`;
  }
}

/** 0–1 for a progress bar; null while the months are not counted. */
export function rebuildFraction(
  rebuild: Pick<RollupRebuildFieldsFragment, 'monthsDone' | 'monthsTotal'>,
): number | null {
  if (rebuild.monthsTotal === null) return null;
  return rebuild.monthsTotal === 0
    ? 1
    : rebuild.monthsDone / rebuild.monthsTotal;
}

/** Every IANA zone the browser knows, with the current one kept even if it does not. */
export function timeZoneOptions(
  current: string,
  known: readonly string[] = Intl.supportedValuesOf('timeZone'),
): SelectOption[] {
  const zones = new Set([...known, 'UTC', current]);
  return [...zones]
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}
