import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving while `active`: on another page of the dashboard (the
 * router's blocker) and on closing or reloading the tab (the browser's own
 * question, whose words browsers choose).
 */
export function useLeaveGuard(active: boolean, question: string): void {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => active && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
