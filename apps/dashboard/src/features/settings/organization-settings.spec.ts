import {
  canManageOrganization,
  rebuildFraction,
  rebuildInProgress,
  rebuildSentence,
  timeZoneOptions,
} from './organization-settings';

const rebuild = {
  id: 'r',
  status: 'RUNNING' as const,
  timeZone: 'Europe/Paris',
  previousTimeZone: 'UTC',
  monthsDone: 3,
  monthsTotal: 7,
  message: null,
  createdAt: '2026-05-01T10:00:00Z',
  finishedAt: null,
};

describe('organisation settings', () => {
  it('is for an ADMIN or the instance administrator', () => {
    expect(canManageOrganization('ADMIN')).toBe(true);
    expect(canManageOrganization(null)).toBe(true);
    expect(canManageOrganization('COE')).toBe(false);
    expect(canManageOrganization(undefined)).toBe(false);
  });

  it('says what the rebuild is doing and how far it is', () => {
    expect(rebuildInProgress(rebuild)).toBe(true);
    expect(rebuildInProgress({ status: 'SUCCEEDED' })).toBe(false);
    expect(rebuildInProgress(null)).toBe(false);
    expect(rebuildSentence(rebuild)).toBe(
      'Changing the time zone from UTC to Europe/Paris: rebuilding the request data, 3 of 7 months done. Figures stay in UTC until it is done.',
    );
    expect(rebuildSentence({ ...rebuild, monthsTotal: null })).toContain(
      'counting the months',
    );
    expect(rebuildSentence({ ...rebuild, status: 'SUCCEEDED' })).toBe(
      'The time zone changed from UTC to Europe/Paris; every figure is now counted in Europe/Paris.',
    );
    expect(
      rebuildSentence({
        ...rebuild,
        status: 'FAILED',
        message: 'Interrupted.',
      }),
    ).toBe(
      'The time zone was not changed from UTC to Europe/Paris: Interrupted.',
    );
    expect(rebuildFraction(rebuild)).toBeCloseTo(3 / 7, 12);
    expect(rebuildFraction({ monthsDone: 0, monthsTotal: 0 })).toBe(1);
    expect(rebuildFraction({ monthsDone: 0, monthsTotal: null })).toBeNull();
  });

  it('lists the zones sorted, keeping the current one', () => {
    const options = timeZoneOptions('Etc/GMT+3', [
      'Europe/Paris',
      'America/New_York',
    ]);
    expect(options.map((o) => o.value)).toEqual([
      'America/New_York',
      'Etc/GMT+3',
      'Europe/Paris',
      'UTC',
    ]);
    expect(options[0].label).toBe('America/New York');
  });
});
