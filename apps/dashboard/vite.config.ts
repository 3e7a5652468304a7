import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstPagePreload } from './vite/first-page-preload-plugin';

const APP_DIR = dirname(fileURLToPath(import.meta.url));
const WORKSPACE_ROOT = resolve(APP_DIR, '../..');

// Where `vite` (dev server) sends API calls; the API listens on 3000 by default.
const API_URL = process.env.DASHBOARD_API_URL ?? 'http://localhost:3000';

type TsconfigPaths = { compilerOptions: { paths: Record<string, string[]> } };

// The @esm-planner/* aliases are read from the root tsconfig.json, so the
// bundler, the type checker and jest (tests/jest/jest.shared.cjs) always
// resolve them the same way.
function workspaceAliases(): Record<string, string> {
  const tsconfig = JSON.parse(
    readFileSync(resolve(WORKSPACE_ROOT, 'tsconfig.json'), 'utf8'),
  ) as TsconfigPaths;
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
      alias,
      resolve(WORKSPACE_ROOT, target),
    ]),
  );
}

// What the shell (index.html's module and its preloads) runs on anyway.
const SHELL_DEPENDENCIES =
  /node_modules[\\/](react|react-dom|scheduler|react-router|react-error-boundary|history|@babel[\\/]runtime|@apollo[\\/]client|graphql|rxjs|optimism|tslib|@wry[\\/][a-z]+|@graphql-typed-document-node[\\/]core)[\\/]/;

// Our own modules (the features, the libs).
const APP_MODULES = /[\\/](apps[\\/]dashboard[\\/]src|libs)[\\/]/;

type ModuleGraph = {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
};

/** Whether the shell (main.tsx and what it imports statically) runs `id`. */
function inShell(
  id: string,
  graph: ModuleGraph,
  seen = new Set<string>(),
): boolean {
  if (/[\\/]src[\\/]main\.tsx$/.test(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  const importers = graph.getModuleInfo(id)?.importers ?? [];
  return importers.some((importer) => inShell(importer, graph, seen));
}

/**
 * One chunk for the small modules of ours that lazy pages share (labels,
 * formats, cards…): left alone, the bundler gives each set of pages sharing
 * them a chunk of its own, and a department page fetched 28 files before its
 * first chart, most under 2 KB, six at a time (decision 0028). The shell's
 * modules stay where they are.
 */
function pageSharedChunk(id: string, graph: ModuleGraph): string | null {
  if (!APP_MODULES.test(id) || inShell(id, graph)) return null;
  return /[\\/]ui-charts[\\/]/.test(id) ? 'charts' : 'pages-shared';
}

/**
 * react-router's package exports name its development build only
 * (remix-run/react-router#12532, #14102): its warnings and checks ran on
 * every route match and render of our production bundle. A build resolves
 * the package's own production build instead; `vite` (dev) keeps the
 * development one and its warnings.
 */
const REACT_ROUTER_PRODUCTION = {
  find: /^react-router$/,
  replacement: resolve(
    WORKSPACE_ROOT,
    'node_modules/react-router/dist/production/index.mjs',
  ),
};

const apiProxy = {
  '/graphql': { target: API_URL, changeOrigin: true },
  '/health': { target: API_URL, changeOrigin: true },
};

export default defineConfig(({ command }) => ({
  root: APP_DIR,
  envDir: APP_DIR,
  plugins: [react(), firstPagePreload(APP_DIR)],
  resolve: {
    alias: [
      ...Object.entries(workspaceAliases()).map(([find, replacement]) => ({
        find,
        replacement,
      })),
      ...(command === 'build' ? [REACT_ROUTER_PRODUCTION] : []),
    ],
  },
  server: { port: 4200, proxy: apiProxy },
  preview: { port: 4300, proxy: apiProxy },
  build: {
    outDir: resolve(WORKSPACE_ROOT, 'dist/apps/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // The shell's dependencies (React, the router, Apollo and what they
        // build on) change less often than the app: one chunk of them stays
        // cached across releases that only touch our own code. Any other
        // dependency (d3's modules, date-fns for the import wizard…) goes
        // with the page chunks that import it, so a page downloads only what
        // it uses (quality.md: initial JS ≤ 150 KB gzipped).
        codeSplitting: {
          groups: [
            { name: 'vendor', test: SHELL_DEPENDENCIES, priority: 2 },
            {
              name: pageSharedChunk,
              debugName: 'pages-shared',
              minShareCount: 2,
              priority: 1,
              // Not the shell's modules those import (the GraphQL documents):
              // pulled in, they would make index.html preload this chunk.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
}));
