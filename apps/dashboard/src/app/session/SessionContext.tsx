import {
  createContext,
  useContext,
  useEffect,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type {
  SessionStore,
  StoredSession,
} from '@esm-planner/dashboard-data-access-graphql';
import { msUntilSessionEnds } from './session-timer';

const SessionStoreContext = createContext<SessionStore | null>(null);

export type SessionProviderProps = {
  store: SessionStore;
  children: ReactNode;
};

export function SessionProvider({ store, children }: SessionProviderProps) {
  const session = useSyncExternalStore(store.subscribe, store.read);

  // Ends the session when its token expires, even if the person is idle, so
  // the next thing they see is the login page rather than a failed request.
  useEffect(() => {
    if (!session) return undefined;
    const timer = window.setTimeout(
      () => store.clear('expired'),
      msUntilSessionEnds(session, Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [session, store]);

  // Another tab signing in or out changes localStorage; follow it.
  useEffect(() => {
    const onStorage = () => store.reload();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  return (
    <SessionStoreContext.Provider value={store}>
      {children}
    </SessionStoreContext.Provider>
  );
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store)
    throw new Error('useSessionStore must be used inside <SessionProvider>');
  return store;
}

/** The signed-in session, re-rendering when it starts or ends. */
export function useSession(): StoredSession | null {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.read);
}
