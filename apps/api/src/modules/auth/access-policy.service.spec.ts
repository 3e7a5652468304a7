import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { loadConfig } from '../../config/env.schema';
import { AccessPolicy } from './access-policy.service';
import { CacheEvictions } from './cache-evictions';
import { ApiRequest } from './request-context';

const USER = '11111111-1111-4111-8111-111111111111';
const ORG = '22222222-2222-4222-8222-222222222222';
const HR = '33333333-3333-4333-8333-333333333333';
const IT = '44444444-4444-4444-8444-444444444444';

class FakeClock extends Clock {
  time = Date.parse('2026-12-01T12:00:00Z');
  override now(): number {
    return this.time;
  }
}

/** The policy over a fake clock and a fake database holding one membership row. */
function setup() {
  const clock = new FakeClock();
  const db = {
    membership: { role: 'VIEWER', department_ids: [] as string[] } as {
      role: string;
      department_ids: string[];
    } | null,
  };
  const query = jest.fn(async (sql: string) => {
    if (sql.includes('FROM department')) return [{ organization_id: ORG }];
    if (sql.includes('FROM membership m'))
      return db.membership ? [db.membership] : [];
    return [];
  });
  const config = loadConfig({
    DATABASE_URL: 'postgres://localhost/x',
    AUTH_CACHE_TTL_SECONDS: '5',
  });
  const policy = new AccessPolicy(
    config,
    { query } as unknown as DataSource,
    clock,
    new CacheEvictions(),
  );
  // A new HTTP request each time: nothing carried over on `req`.
  const request = () =>
    ({
      principal: {
        kind: 'user',
        userId: USER,
        via: 'session',
        credentialId: 's',
      },
    }) as ApiRequest;
  const count = (table: string) =>
    query.mock.calls.filter(([sql]) => sql.includes(table)).length;
  return { clock, db, policy, request, count };
}

describe(AccessPolicy.name, () => {
  it('keeps a membership for the TTL, then reloads it (fake clock)', async () => {
    const { clock, db, policy, request, count } = setup();
    await expect(
      policy.requireInOrganization(request(), ORG, 'department:manage'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    db.membership = { role: 'ADMIN', department_ids: [] }; // changed on another replica
    clock.time += 4_999;
    await expect(
      policy.requireInOrganization(request(), ORG, 'department:manage'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(count('FROM membership m')).toBe(1);
    clock.time += 1;
    await expect(
      policy.requireInOrganization(request(), ORG, 'department:manage'),
    ).resolves.toBeUndefined();
    expect(count('FROM membership m')).toBe(2);
  });

  it('applies a role change made through this replica at once', async () => {
    const { db, policy, request } = setup();
    db.membership = { role: 'ADMIN', department_ids: [] };
    await expect(
      policy.requireInOrganization(
        request(),
        ORG,
        'organization:manage-people',
      ),
    ).resolves.toBeUndefined();
    db.membership = { role: 'VIEWER', department_ids: [] };
    await policy.forgetMemberships(USER);
    await expect(
      policy.requireInOrganization(
        request(),
        ORG,
        'organization:manage-people',
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    db.membership = null; // removed from the organisation: nothing to see there
    await policy.forgetMemberships(USER);
    await expect(
      policy.requireInOrganization(request(), ORG, 'organization:read'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('applies a department-scope change at once', async () => {
    const { db, policy, request } = setup();
    db.membership = { role: 'DEPARTMENT_HEAD', department_ids: [HR] };
    await expect(
      policy.requireOnDepartment(request(), IT, 'catalog:write'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    db.membership = { role: 'DEPARTMENT_HEAD', department_ids: [HR, IT] };
    await policy.forgetMemberships(USER);
    await expect(
      policy.requireOnDepartment(request(), IT, 'catalog:write'),
    ).resolves.toBe(ORG);
  });

  it('looks a department’s organisation up once: it never changes', async () => {
    const { clock, policy, request, count } = setup();
    await policy.requireOnDepartment(request(), HR, 'department:read');
    clock.time += 3_600_000;
    await policy.requireOnDepartment(request(), HR, 'department:read');
    expect(count('FROM department')).toBe(1);
  });
});
