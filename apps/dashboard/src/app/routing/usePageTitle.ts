import { useEffect } from 'react';
import { pageTitle } from './page-title';

/** Sets the document title for the page being shown (see pageTitle). */
export function usePageTitle(...parts: Array<string | null | undefined>): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
