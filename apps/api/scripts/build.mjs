// Compiles the API and the libraries it imports to CommonJS under
// dist/apps/api, mirroring the workspace layout. swc keeps decorator metadata
// (Nest's dependency injection needs it) and rewrites the @esm-planner/*
// aliases of tsconfig.json into relative paths, so plain `node` runs it.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(ROOT, 'dist/apps/api');
// libs/shared: the util libraries the domain uses (util-dates, util-csv).
const SOURCES = ['apps/api/src', 'libs/domain', 'libs/api', 'libs/shared'];
const { compilerOptions } = require(join(ROOT, 'tsconfig.json'));

async function* typescriptFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'scripts')
        yield* typescriptFiles(path);
    } else if (
      /\.ts$/.test(entry.name) &&
      !/\.(spec|integration-spec|e2e-spec|d)\.ts$/.test(entry.name)
    ) {
      yield path;
    }
  }
}

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: ROOT,
    paths: compilerOptions.paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

await rm(OUT, { recursive: true, force: true });
let count = 0;
for (const source of SOURCES) {
  for await (const file of typescriptFiles(join(ROOT, source))) {
    const { code, map } = await transformFile(file, {
      ...swcOptions,
      filename: file,
    });
    const target = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(
      target,
      `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`,
    );
    if (map) await writeFile(`${target}.map`, map);
    count += 1;
  }
}
console.log(`Built the API: ${count} files in ${relative(ROOT, OUT)}`);
