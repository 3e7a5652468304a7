import { createContext, useContext, useEffect, useState } from 'react';
import type { BrowserHistory, Transition } from 'history';

/** The browser history the router runs on (App.tsx provides main.tsx's). */
export const BrowserHistoryContext = createContext<BrowserHistory | null>(null);

/** What react-router's data-mode `useBlocker` returned, which the guard was written against. */
export type NavigationBlocker =
  | { state: 'unblocked'; proceed?: undefined; reset?: undefined }
  | { state: 'blocked'; proceed: () => void; reset: () => void };

const UNBLOCKED: NavigationBlocker = { state: 'unblocked' };

/**
 * While `when` holds, a navigation to another page — a link, `navigate()`,
 * the back or forward button — is held back until `proceed` (go) or `reset`
 * (stay); a change of the query string alone goes through. react-router's
 * declarative mode has no `useBlocker`, so this uses the `history` package's
 * `block()`, which its `unstable_HistoryRouter` runs on (decision 0032). A
 * set block also makes the browser ask before the tab is closed or
 * reloaded (history adds the `beforeunload` handler while any block is set).
 */
export function useNavigationBlocker(when: boolean): NavigationBlocker {
  const history = useContext(BrowserHistoryContext);
  const [blocker, setBlocker] = useState<NavigationBlocker>(UNBLOCKED);

  useEffect(() => {
    if (!when || !history) return undefined;
    let unblock: (() => void) | undefined;
    let stopListening: (() => void) | undefined;
    const arm = () => {
      unblock = history.block(onTransition);
    };
    // A block stops every navigation: one let through is retried unblocked,
    // and the block set again once it has landed (a back or forward button's
    // retry lands on a later `popstate`, not at once).
    const pass = (transition: Transition) => {
      unblock?.();
      stopListening = history.listen(() => {
        stopListening?.();
        arm();
      });
      transition.retry();
    };
    function onTransition(transition: Transition) {
      if (transition.location.pathname === history?.location.pathname) {
        pass(transition);
        return;
      }
      setBlocker({
        state: 'blocked',
        proceed: () => {
          setBlocker(UNBLOCKED);
          pass(transition);
        },
        reset: () => setBlocker(UNBLOCKED),
      });
    }
    arm();
    return () => {
      stopListening?.();
      unblock?.();
      setBlocker(UNBLOCKED);
    };
  }, [history, when]);

  return blocker;
}
