// Builds the API when its sources are newer than dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

async function newestMtime(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(path));
    else if (entry.name.endsWith('.ts'))
      newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}
export async function buildIfNeeded(ROOT, log) {
  const main = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  let sources = 0;
  for (const dir of ['apps/api/src', 'libs/domain', 'libs/api', 'libs/shared'])
    sources = Math.max(sources, await newestMtime(join(ROOT, dir)));
  if (built >= sources) return log('API build is up to date.');
  log('Building the API (node apps/api/scripts/build.mjs)…');
  const result = spawnSync(process.execPath, ['apps/api/scripts/build.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The API build failed.');
}
