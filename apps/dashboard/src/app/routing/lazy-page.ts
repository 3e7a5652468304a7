import { type ComponentType, createElement, lazy } from 'react';

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
 *
 * Once the code is there the page renders directly, not through
 * `React.lazy`: a lazy component suspends on its first render even when its
 * module has arrived, and React 19 then holds the page back until 300 ms
 * after its fallback appeared (decision 0034).
 */
export function lazyPage<Module>(
  load: () => Promise<Module>,
  name: keyof Module,
): LazyPage {
  let loading: Promise<Module> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module[name] as ComponentType;
      return module;
    }));
  const Pending = lazy(async () => ({
    default: (await preload())[name] as ComponentType,
  }));
  const Page = () => createElement(loaded ?? Pending);
  return Object.assign(Page, { preload });
}
