import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
  /node_modules[\\/](react|react-dom|scheduler|react-router|@apollo[\\/]client|graphql|rxjs|optimism|tslib|@wry[\\/][a-z]+|@graphql-typed-document-node[\\/]core)[\\/]/;

const apiProxy = {
  '/graphql': { target: API_URL, changeOrigin: true },
  '/health': { target: API_URL, changeOrigin: true },
};

export default defineConfig({
  root: APP_DIR,
  envDir: APP_DIR,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
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
          groups: [{ name: 'vendor', test: SHELL_DEPENDENCIES, priority: 1 }],
        },
      },
    },
  },
});
