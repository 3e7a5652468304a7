import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Directories that hold no code of ours: installed, built, generated or local data. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  'dist',
  '.git',
  '.data',
  '.nx',
  'coverage',
  'tmp',
  'screenshots',
  'results',
]);

export type CodeFileKind = 'script' | 'json' | 'text';

const SCRIPT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const JSON_FILE = /\.json$/;
const OTHER_CODE = /\.(sh|py|env|env\.example)$/;

/** What the scanner reads a file as, or null for data and prose (CSV, Markdown, GraphQL, CSS …). */
export function codeFileKind(
  name: string,
  relativeDirectory: string,
): CodeFileKind | null {
  if (SCRIPT.test(name)) return 'script';
  if (JSON_FILE.test(name)) return 'json';
  if (OTHER_CODE.test(name) || name.endsWith('.env.example')) return 'text';
  // Extensionless files in .ci/ and bin/ are shell scripts.
  if (!name.includes('.') && /(^|\/)(\.ci|bin)$/.test(relativeDirectory))
    return 'text';
  return null;
}

/** Every code file of the repository (tests, scripts, sources, configs), as absolute paths. */
export function repositoryCodeFiles(
  root: string,
): { path: string; kind: CodeFileKind }[] {
  const files: { path: string; kind: CodeFileKind }[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (
          !SKIPPED_DIRECTORIES.has(entry.name) &&
          relative(root, path) !== 'tests/fixtures'
        )
          walk(path);
      } else if (entry.isFile()) {
        const kind = codeFileKind(entry.name, relative(root, directory));
        if (kind) files.push({ path, kind });
      }
    }
  };
  walk(root);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
