import { type ComponentType, lazy } from 'react';

/** A page whose code loads on demand, and can be asked to start loading early. */
export type LazyPage = ComponentType & {
  /** Starts downloading the page's code (once); rendering it later waits on the same import. */
  preload: () => Promise<unknown>;
};

/**
 * A page from a module loaded on demand (the first download is the shell
 * only). Our page modules export their page by name, never by default.
 * `preload` lets main.tsx start the first page's code before React's first
 * render, as the data router's `lazy` did (decision 0032): the import is
 * kept, so rendering the page later joins it rather than asking again.
 */
export function lazyPage<Module>(
  load: () => Promise<Module>,
  name: keyof Module,
): LazyPage {
  let loading: Promise<Module> | undefined;
  const preload = () => (loading ??= load());
  const Page = lazy(async () => ({
    default: (await preload())[name] as ComponentType,
  }));
  return Object.assign(Page, { preload });
}
