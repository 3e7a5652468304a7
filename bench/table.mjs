#!/usr/bin/env node
// The benchmark table (bench/lib/results-table.mjs) from
// bench/results/latest.json and bench/results/before.json.
//
//   npm run bench:table                 print it
//   npm run bench:table -- --write      put it into docs/benchmarks.md (between its markers)
//   npm run bench:table -- --check      exit 1 when docs/benchmarks.md holds another table
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readResults } from './lib/results.mjs';
import { renderTable, replaceTable } from './lib/results-table.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs/benchmarks.md');

const table = renderTable({
  latest: readResults(join(ROOT, 'bench/results/latest.json')),
  before: readResults(join(ROOT, 'bench/results/before.json')),
});
const mode = process.argv[2];
if (mode === '--write' || mode === '--check') {
  const current = readFileSync(DOC, 'utf8');
  const wanted = replaceTable(current, table);
  if (mode === '--write') {
    if (wanted !== current) writeFileSync(DOC, wanted);
    console.log(
      wanted === current
        ? 'docs/benchmarks.md already holds this table.'
        : 'Wrote the table into docs/benchmarks.md.',
    );
  } else if (wanted !== current) {
    console.error(
      'docs/benchmarks.md does not hold the table of bench/results/latest.json: run npm run bench:table -- --write',
    );
    process.exitCode = 1;
  }
} else if (mode === undefined) {
  process.stdout.write(table);
} else {
  console.error('Usage: node bench/table.mjs [--write | --check]');
  process.exitCode = 2;
}
