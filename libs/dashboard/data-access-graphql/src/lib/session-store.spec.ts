import {
  createSessionStore,
  EXPIRY_MARGIN_MS,
  isSessionExpired,
  KeyValueStorage,
  parseStoredSession,
  SESSION_STORAGE_KEY,
  StoredSession,
} from './session-store';

const NOW = Date.parse('2026-03-02T09:00:00Z');

function buildSession(overrides: Partial<StoredSession> = {}): StoredSession {
  return {
    token: 'esm_s_abc',
    expiresAt: '2026-03-02T21:00:00Z',
    user: {
      id: 'u1',
      name: 'Dana Demo',
      email: 'demo@esm-planner.local',
      isInstanceAdmin: false,
    },
    ...overrides,
  };
}

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe(parseStoredSession.name, () => {
  it('reads a session that was saved as JSON', () => {
    const session = buildSession();
    expect(parseStoredSession(JSON.stringify(session))).toEqual(session);
  });

  it.each([
    ['nothing stored', null],
    ['broken JSON', '{"token":'],
    ['no token', JSON.stringify({ ...buildSession(), token: '' })],
    [
      'an unreadable expiry',
      JSON.stringify({ ...buildSession(), expiresAt: 'tomorrow' }),
    ],
    ['no user', JSON.stringify({ ...buildSession(), user: null })],
  ])('returns null for %s', (_case, raw) => {
    expect(parseStoredSession(raw)).toBeNull();
  });
});

describe(isSessionExpired.name, () => {
  it('keeps a session that has hours left', () => {
    expect(isSessionExpired(buildSession(), NOW)).toBe(false);
  });

  it('drops a session inside the safety margin before its expiry', () => {
    const expiresAt = new Date(NOW + EXPIRY_MARGIN_MS - 1).toISOString();
    expect(isSessionExpired({ expiresAt }, NOW)).toBe(true);
  });

  it('drops a session whose expiry has passed', () => {
    expect(isSessionExpired({ expiresAt: '2026-03-01T09:00:00Z' }, NOW)).toBe(
      true,
    );
  });
});

describe(createSessionStore.name, () => {
  it('saves to storage and reads the same object back until it changes', () => {
    const storage = memoryStorage();
    const sut = createSessionStore({ storage, now: () => NOW });
    sut.save(buildSession());
    expect(JSON.parse(storage.data.get(SESSION_STORAGE_KEY) ?? '')).toEqual(
      buildSession(),
    );
    expect(sut.read()).toBe(sut.read());
  });

  it('restores a saved session on the next page load', () => {
    const storage = memoryStorage({
      [SESSION_STORAGE_KEY]: JSON.stringify(buildSession()),
    });
    expect(
      createSessionStore({ storage, now: () => NOW }).read()?.user.name,
    ).toBe('Dana Demo');
  });

  it('returns null once the clock passes the expiry', () => {
    let now = NOW;
    const sut = createSessionStore({
      storage: memoryStorage(),
      now: () => now,
    });
    sut.save(buildSession());
    now = Date.parse('2026-03-02T21:00:00Z');
    expect(sut.read()).toBeNull();
  });

  it('clears storage, remembers why, and tells subscribers', () => {
    const storage = memoryStorage();
    const sut = createSessionStore({ storage, now: () => NOW });
    const listener = jest.fn();
    sut.save(buildSession());
    sut.subscribe(listener);
    sut.clear('expired');
    expect(storage.data.has(SESSION_STORAGE_KEY)).toBe(false);
    expect(sut.read()).toBeNull();
    expect(sut.endReason()).toBe('expired');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not notify when clearing an already empty store', () => {
    const sut = createSessionStore({
      storage: memoryStorage(),
      now: () => NOW,
    });
    const listener = jest.fn();
    sut.subscribe(listener);
    sut.clear('signed-out');
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps the session in memory when storage refuses the write', () => {
    const storage: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const sut = createSessionStore({ storage, now: () => NOW });
    sut.save(buildSession());
    expect(sut.read()?.token).toBe('esm_s_abc');
  });

  it('picks up a sign-out made in another tab on reload', () => {
    const storage = memoryStorage();
    const sut = createSessionStore({ storage, now: () => NOW });
    sut.save(buildSession());
    storage.data.delete(SESSION_STORAGE_KEY);
    sut.reload();
    expect(sut.read()).toBeNull();
    expect(sut.endReason()).toBe('signed-out');
  });
});
