// Fails when src/generated/ (graphql.ts, documents/) is not what codegen would write today
// from apps/api/schema.gql and the dashboard's .graphql documents. It runs
// codegen in memory, formats the result the way the afterAllFileWrite hook
// does, and compares: the working tree is never touched.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeCodegen, loadCodegenConfig } from '@graphql-codegen/cli';
import * as prettier from 'prettier';

const PROJECT_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(PROJECT_DIR, '../../..');

process.chdir(ROOT);
const { config } = await loadCodegenConfig({
  configFilePath: join(PROJECT_DIR, 'codegen.ts'),
});
const { result, error } = await executeCodegen({
  ...config,
  silent: true,
  verbose: false,
  hooks: {},
});
if (error) throw error;

let stale = 0;
for (const { filename, content } of result) {
  const path = join(ROOT, filename);
  const options = (await prettier.resolveConfig(path)) ?? {};
  const expected = await prettier.format(content, {
    ...options,
    filepath: path,
  });
  const actual = await readFile(path, 'utf8').catch(() => null);
  if (actual !== expected) {
    stale += 1;
    console.error(`✗ ${relative(ROOT, path)} is out of date.`);
  }
}
// A module left behind by a .graphql file that was removed or renamed: codegen
// no longer writes it, so the loop above never sees it.
const DOCUMENTS_DIR = join(PROJECT_DIR, 'src/generated/documents');
const written = new Set(result.map(({ filename }) => join(ROOT, filename)));
for (const name of await readdir(DOCUMENTS_DIR)) {
  if (written.has(join(DOCUMENTS_DIR, name))) continue;
  stale += 1;
  console.error(
    `✗ ${relative(ROOT, join(DOCUMENTS_DIR, name))} has no .graphql file: delete it.`,
  );
}
if (stale > 0) {
  console.error(
    'Run: npx graphql-codegen --config libs/dashboard/data-access-graphql/codegen.ts',
  );
  process.exit(1);
}
console.log('✓ GraphQL types are current with apps/api/schema.gql.');
