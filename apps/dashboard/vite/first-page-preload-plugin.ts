import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  FIRST_PAGES,
  type FirstPageFiles,
  firstPagePreloadScript,
} from '../src/app/routing/first-pages';

type BuiltChunk = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};
type BuiltFile = BuiltChunk | { type: 'asset'; fileName: string };

/** A chunk's file and those it imports statically, transitively. */
function closure(start: string, bundle: Record<string, BuiltFile>): string[] {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    const file = bundle[fileName];
    if (file?.type === 'chunk') file.imports.forEach(visit);
  };
  visit(start);
  return [...files];
}

/**
 * Writes `first-page-preload` (first-pages.ts) into the build and adds its
 * script tag to index.html's head: on the overview or a department page the
 * page's own chunks and stylesheets then download beside the shell instead
 * of after it has run (decision 0034). Build only; the dev server serves
 * modules one by one anyway.
 */
export function firstPagePreload(appDir: string): Plugin {
  let base = '/';
  let scriptFile: string | undefined;
  return {
    name: 'esm-planner:first-page-preload',
    apply: 'build',
    // Before Vite writes index.html (its own generateBundle), which
    // transformIndexHtml below then sees.
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, output) {
      const bundle = output as unknown as Record<string, BuiltFile>;
      const chunks = Object.values(bundle).filter(
        (file): file is BuiltChunk => file.type === 'chunk',
      );
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) this.error('first-page-preload: the build has no entry');
      const shell = new Set(closure(entry.fileName, bundle));
      const pages: FirstPageFiles[] = FIRST_PAGES.map(({ pattern, module }) => {
        const id = resolve(appDir, module);
        const page = chunks.find((chunk) => chunk.facadeModuleId === id);
        if (!page) this.error(`first-page-preload: no chunk for ${module}`);
        const scripts = closure(page.fileName, bundle).filter(
          (file) => !shell.has(file),
        );
        const styles = scripts.flatMap((file) => {
          const chunk = bundle[file];
          return chunk?.type === 'chunk'
            ? [...(chunk.viteMetadata?.importedCss ?? [])]
            : [];
        });
        return {
          pattern,
          files: [...new Set([...scripts, ...styles])].map(
            (file) => `${base}${file}`,
          ),
        };
      });
      const reference = this.emitFile({
        type: 'asset',
        name: 'first-page-preload.js',
        source: firstPagePreloadScript(pages),
      });
      scriptFile = this.getFileName(reference);
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!scriptFile) return [];
        return [
          {
            tag: 'script',
            attrs: { src: `${base}${scriptFile}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
