/** The signed-in person, as the login mutation returned them. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  isInstanceAdmin: boolean;
};

/** What the dashboard keeps of a login between page loads. */
export type StoredSession = {
  token: string;
  /** ISO-8601 instant after which the API refuses the token. */
  expiresAt: string;
  user: SessionUser;
};

/** Why the last session ended, so the login page can say so. */
export type SessionEndReason = 'expired' | 'signed-out';

/** The part of `Storage` the store needs; a Map-backed fake works in tests. */
export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem'
>;

export type SessionStore = {
  /** The current session, or null when there is none or it has expired. */
  read(): StoredSession | null;
  save(session: StoredSession): void;
  clear(reason: SessionEndReason): void;
  endReason(): SessionEndReason | null;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Reloads from storage, e.g. after another tab signed in or out. */
  reload(): void;
};

export const SESSION_STORAGE_KEY = 'esm-planner.session';

// A token this close to its expiry is treated as expired: a request sent with
// it could be refused halfway through a form, which is worse than asking the
// person to sign in again first.
export const EXPIRY_MARGIN_MS = 30_000;

/** Parses a stored session, or null when it is missing or malformed. */
export function parseStoredSession(raw: string | null): StoredSession | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isStoredSession(value) ? value : null;
  } catch {
    return null;
  }
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt, user } = value as Record<string, unknown>;
  if (typeof token !== 'string' || token === '') return false;
  if (typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt)))
    return false;
  if (typeof user !== 'object' || user === null) return false;
  const { id, name, email } = user as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof name === 'string' &&
    typeof email === 'string'
  );
}

/** True when the session must no longer be used at `nowMs`. */
export function isSessionExpired(
  session: Pick<StoredSession, 'expiresAt'>,
  nowMs: number,
): boolean {
  return Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS <= nowMs;
}

/**
 * A session store over `storage` (localStorage in the browser). It keeps the
 * parsed session in memory so `read()` returns the same object until the
 * session changes, which React's useSyncExternalStore requires.
 */
export function createSessionStore({
  storage,
  now = Date.now,
  key = SESSION_STORAGE_KEY,
}: {
  storage: KeyValueStorage;
  now?: () => number;
  key?: string;
}): SessionStore {
  const listeners = new Set<() => void>();
  let current = load();
  let ended: SessionEndReason | null = null;

  function load(): StoredSession | null {
    try {
      return parseStoredSession(storage.getItem(key));
    } catch {
      return null;
    }
  }

  function notify(): void {
    listeners.forEach((listener) => listener());
  }

  // Storage can refuse writes (quota, private browsing); the session then
  // lasts for this page only, which is still better than failing to sign in.
  function persist(write: () => void): void {
    try {
      write();
    } catch {
      // Kept in memory only.
    }
  }

  return {
    read() {
      if (current && isSessionExpired(current, now())) return null;
      return current;
    },
    save(session) {
      current = session;
      ended = null;
      persist(() => storage.setItem(key, JSON.stringify(session)));
      notify();
    },
    clear(reason) {
      const hadSession = current !== null;
      current = null;
      ended = reason;
      persist(() => storage.removeItem(key));
      if (hadSession) notify();
    },
    endReason() {
      return ended;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload() {
      const next = load();
      if (next?.token === current?.token) return;
      if (!next) ended = 'signed-out';
      current = next;
      notify();
    },
  };
}
