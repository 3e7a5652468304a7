import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig, loadConfig } from '../../config/env.schema';
import { AuthenticationService } from './authentication.service';
import { CacheEvictions } from './cache-evictions';
import { tokenDigest } from './bearer-token';

const SESSION = 'esms_session-token';
const API_TOKEN = 'esmp_api-token';
const T0 = Date.parse('2026-12-01T12:00:00Z');

class FakeClock extends Clock {
  time = T0;
  override now(): number {
    return this.time;
  }
}

/** The service over a fake clock and a fake `query` that answers from the given rows. */
function setup(
  rows: {
    session?: Record<string, unknown> | null;
    apiToken?: Record<string, unknown> | null;
  } = {},
) {
  const clock = new FakeClock();
  const query = jest.fn(async (sql: string, parameters: unknown[]) => {
    if (sql.includes('FROM user_session'))
      return rows.session && parameters[0] === tokenDigest(SESSION)
        ? [rows.session]
        : [];
    if (sql.includes('FROM api_token'))
      return rows.apiToken && parameters[0] === tokenDigest(API_TOKEN)
        ? [{ ...rows.apiToken }]
        : [];
    if (sql.startsWith('UPDATE api_token') && rows.apiToken)
      rows.apiToken.last_used_at = parameters[1];
    return [];
  });
  const config: AppConfig = loadConfig({
    DATABASE_URL: 'postgres://localhost/x',
    AUTH_CACHE_TTL_SECONDS: '5',
  });
  const service = new AuthenticationService(
    config,
    { query } as unknown as DataSource,
    clock,
    new CacheEvictions(),
  );
  const lookups = (table: string) =>
    query.mock.calls.filter(([sql]) => sql.includes(`FROM ${table}`)).length;
  const touches = () =>
    query.mock.calls.filter(([sql]) => sql.startsWith('UPDATE api_token'))
      .length;
  return { clock, query, service, lookups, touches };
}

const sessionRow = (expiresAt: number) => ({
  id: 'session-1',
  user_id: 'user-1',
  expires_at: new Date(expiresAt),
});

describe(AuthenticationService.name, () => {
  it('looks a session up once per TTL, then again after it (fake clock)', async () => {
    const { clock, service, lookups } = setup({
      session: sessionRow(T0 + 3_600_000),
    });
    const principal = {
      kind: 'user',
      userId: 'user-1',
      via: 'session',
      credentialId: 'session-1',
    };
    expect(await service.authenticate(SESSION)).toEqual(principal);
    clock.time += 4_999;
    expect(await service.authenticate(SESSION)).toEqual(principal);
    expect(lookups('user_session')).toBe(1);
    clock.time += 1;
    expect(await service.authenticate(SESSION)).toEqual(principal);
    expect(lookups('user_session')).toBe(2);
  });

  it('never serves a session from the cache past its expiry', async () => {
    const { clock, service, lookups } = setup({
      session: sessionRow(T0 + 2_000),
    });
    expect(await service.authenticate(SESSION)).not.toBeNull();
    clock.time += 2_000; // within the cache's 5 s, but the session has ended
    // The fake database would still return the row: only the cached expiry can refuse it.
    expect(await service.authenticate(SESSION)).toBeNull();
    expect(lookups('user_session')).toBe(2);
  });

  it('forgets a session at once (logout on this replica)', async () => {
    const rows = {
      session: sessionRow(T0 + 3_600_000) as Record<string, unknown> | null,
    };
    const { service } = setup(rows);
    expect(await service.authenticate(SESSION)).not.toBeNull();
    rows.session = null; // the row is deleted …
    await service.forget('session-1'); // … and the cache told
    expect(await service.authenticate(SESSION)).toBeNull();
  });

  it('does not remember unknown tokens', async () => {
    const { service, lookups } = setup();
    expect(await service.authenticate(SESSION)).toBeNull();
    expect(await service.authenticate(SESSION)).toBeNull();
    expect(lookups('user_session')).toBe(2);
  });

  it('refreshes an API token’s last_used_at at most once a minute, cached or not', async () => {
    const { clock, service, touches, lookups } = setup({
      apiToken: { id: 'token-1', user_id: 'user-1', last_used_at: null },
    });
    await service.authenticate(API_TOKEN);
    expect(touches()).toBe(1);
    clock.time += 1_000; // cached
    await service.authenticate(API_TOKEN);
    clock.time += 29_000; // reloaded (TTL passed), used 30 s ago
    await service.authenticate(API_TOKEN);
    expect(touches()).toBe(1);
    clock.time += 30_001;
    await service.authenticate(API_TOKEN);
    expect(touches()).toBe(2);
    expect(lookups('api_token')).toBe(3);
  });

  it('forgets a revoked API token at once', async () => {
    const rows = {
      apiToken: {
        id: 'token-1',
        user_id: 'user-1',
        last_used_at: new Date(T0),
      } as Record<string, unknown> | null,
    };
    const { service } = setup(rows);
    expect(await service.authenticate(API_TOKEN)).toMatchObject({
      via: 'api-token',
      credentialId: 'token-1',
    });
    rows.apiToken = null;
    await service.forget('token-1');
    expect(await service.authenticate(API_TOKEN)).toBeNull();
  });
});
