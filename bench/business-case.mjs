#!/usr/bin/env node
// Business-case Monte Carlo benchmark (issue 18, quality.md "Performance").
//
//   node bench/business-case.mjs [--runs 100000] [--repeats 9] [--requests 20] [--api off]
//
// A 5-department, 60-month case with volume growth (every branch of the hot
// loop), seed 42, two ways side by side:
// - the domain library alone (`monteCarlo`, one thread, in this process):
//   the cold first call and the median of the warm repeats;
// - through the API: the dashboard's own EvaluateBusinessCase document (all
//   the business-case page asks for, Monte Carlo included) over HTTP, as a
//   signed-in caller, against the built API on a fresh database; the API
//   computes it in its worker pool. p50 and p95 of `--requests` requests
//   after warm-ups (the first starts the pool's threads).
// The API's Monte Carlo must equal the library's for the same seed, every
// figure to the bit (JSON carries doubles exactly); otherwise the run fails.
// Target: ≤ 200 ms through the API (judged on the median: on a shared
// machine single requests are noise; p95 is printed beside it). Exits 1 over
// the target or when the figures differ. Needs PostgreSQL as `npm run bench`
// does (BENCH_PGHOST, BENCH_PGPORT, BENCH_PGUSER) unless `--api off`.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';
import { recordBusinessCase } from './lib/report-figures.mjs';
import { cpuSecondsOf } from './lib/measure-exports.mjs';
import { withSession } from './lib/session.mjs';
import { median, p95, round, timed } from './lib/stats.mjs';

const require = createRequire(import.meta.url);
// The library is TypeScript: load it through the same SWC hook the API scripts use.
require('@swc-node/register');
const {
  evaluateBusinessCase,
  monteCarlo,
  resolveBusinessCase,
} = require('@esm-planner/domain-business-case');
const pg = require('pg');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench/results');
const PG = {
  host: process.env.BENCH_PGHOST ?? '127.0.0.1',
  port: Number(process.env.BENCH_PGPORT ?? 5432),
  user: process.env.BENCH_PGUSER ?? 'postgres',
};

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

const RUNS = Number(argument('runs', 100_000));
const REPEATS = Number(argument('repeats', 9));
const REQUESTS = Number(argument('requests', 20));
const WARMUPS = 3;
const WITH_API = argument('api', 'on') !== 'off';
const TARGET_MS = 200;
const SEED = 42;

const INPUT = {
  horizonMonths: 60,
  loadedHourlyCost: 55,
  annualVolumeGrowth: 0.05,
  residualCostPerDeflected: 0.4,
  oneTimeCosts: 250_000,
  changeManagementCost: 40_000,
  monthlyPlatformCost: 14_000,
  monthlyCoeCost: 9_000,
  monteCarloRuns: RUNS,
  seed: SEED,
  departments: [
    {
      kind: 'IT',
      name: 'IT',
      monthlyVolume: 6_000,
      handlingMinutes: 12,
      goLiveMonth: 2,
    },
    {
      kind: 'HR',
      name: 'HR',
      monthlyVolume: 4_200,
      handlingMinutes: 18,
      goLiveMonth: 5,
    },
    {
      kind: 'FINANCE',
      name: 'Finance',
      monthlyVolume: 2_000,
      handlingMinutes: 25,
      goLiveMonth: 8,
    },
    {
      kind: 'PROCUREMENT',
      name: 'Procurement',
      monthlyVolume: 1_200,
      handlingMinutes: 30,
      goLiveMonth: 11,
    },
    {
      kind: 'LEGAL',
      name: 'Legal',
      monthlyVolume: 400,
      handlingMinutes: 45,
      targetDeflection: 0.3,
      goLiveMonth: 14,
    },
  ],
};

const log = (message) => console.error(`[bench:business-case] ${message}`);

/** The library alone: wall and CPU time (CPU printed beside: on a loaded machine the two part ways). */
function measureLibrary() {
  const model = resolveBusinessCase({ input: INPUT });
  const time = () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = monteCarlo({ model, runs: RUNS, seed: SEED });
    const used = process.cpuUsage(cpu);
    return {
      ms: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
      result,
    };
  };
  const cold = time();
  const warm = Array.from({ length: REPEATS }, () => time());
  return {
    coldMs: round(cold.ms, 1),
    medianMs: round(median(warm.map((r) => r.ms)), 1),
    cpuMedianMs: round(median(warm.map((r) => r.cpuMs)), 1),
    repeats: REPEATS,
    result: cold.result,
  };
}

/** The dashboard's EvaluateBusinessCase document with the fragments it uses. */
function pageDocument() {
  const source = readFileSync(
    join(
      ROOT,
      'apps/dashboard/src/features/business-cases/graphql/business-cases.graphql',
    ),
    'utf8',
  );
  const { parse, print } = require('graphql');
  const definitions = parse(source).definitions;
  const used = new Set(['EvaluateBusinessCase', 'BusinessCaseResultFields']);
  // The result fragment spreads no other fragment; were one added, the API would refuse the document.
  return definitions
    .filter((d) => used.has(d.name?.value))
    .map(print)
    .join('\n');
}

/** Every Monte Carlo figure the API returned that differs from the library's (empty: the same). */
function differences(api, library) {
  const found = [];
  for (const [key, value] of Object.entries(library)) {
    if (JSON.stringify(api[key]) !== JSON.stringify(value)) found.push(key);
  }
  return found;
}

async function measureApi(library) {
  await buildIfNeeded(ROOT, log);
  const work = mkdtempSync(join(os.tmpdir(), 'esm-bench-bc-'));
  const admin = new pg.Client({
    connectionString: `postgres://${PG.user}@${PG.host}:${PG.port}/postgres`,
  });
  await admin.connect();
  try {
    return await withSession(
      { root: ROOT, pgConfig: PG, admin, name: 'business_case', work, log },
      async ({ api, graphql }) => {
        // The API process's CPU (every thread: the event loop and the pool), which the neighbours'
        // load on a shared machine changes much less than wall time.
        const apiCpuS = () =>
          cpuSecondsOf(readFileSync(`/proc/${api.child.pid}/stat`, 'utf8'));
        const query = pageDocument();
        const evaluate = () => graphql(query, { input: INPUT });
        for (let i = 0; i < WARMUPS; i++) await evaluate();
        const samples = [];
        let last = null;
        const cpuBefore = apiCpuS();
        for (let i = 0; i < REQUESTS; i++)
          samples.push(await timed(async () => (last = await evaluate())));
        const cpuPerRequestMs = ((apiCpuS() - cpuBefore) * 1000) / REQUESTS;
        const full = evaluateBusinessCase({ input: INPUT });
        const differing = differences(
          last.evaluateBusinessCase.monteCarlo,
          library,
        );
        for (const key of ['paybackMonths', 'npv', 'irr', 'roi']) {
          if (last.evaluateBusinessCase[key] !== full[key]) differing.push(key);
        }
        return {
          p50Ms: round(median(samples), 1),
          p95Ms: round(p95(samples), 1),
          cpuPerRequestMs: round(cpuPerRequestMs, 1),
          requests: REQUESTS,
          warmups: WARMUPS,
          differing,
        };
      },
    );
  } finally {
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const started = new Date();
  const library = measureLibrary();
  const api = WITH_API ? await measureApi(library.result) : null;
  const r = library.result;
  const runs = RUNS.toLocaleString('en-US');
  console.log(
    `Monte Carlo, ${runs} runs, 5 departments × 60 months, seed ${SEED} (Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs)`,
  );
  console.log(
    `  library, one thread: cold ${library.coldMs} ms, warm median ${library.medianMs} ms (CPU ${library.cpuMedianMs} ms, ${REPEATS} repeats)`,
  );
  if (api) {
    console.log(
      `  through the API (the page's EvaluateBusinessCase, worker pool): p50 ${api.p50Ms} ms, p95 ${api.p95Ms} ms (${REQUESTS} requests after ${WARMUPS} warm-ups; API CPU ${api.cpuPerRequestMs} ms a request, all threads)`,
    );
    console.log(
      `  target           ≤ ${TARGET_MS} ms through the API (p50) → ${api.p50Ms <= TARGET_MS ? 'OK' : 'OVER'}`,
    );
    console.log(
      `  same figures as the library → ${api.differing.length === 0 ? 'yes' : `NO (${api.differing.join(', ')})`}`,
    );
  }
  console.log(
    `  result (seed ${SEED}) P10/P50/P90 payback ${[r.p10Payback, r.p50Payback, r.p90Payback].map((x) => x?.toFixed(2)).join(' / ')} months, P50 NPV ${Math.round(r.p50Npv).toLocaleString('en-US')}, P(payback) ${r.probabilityOfPayback}`,
  );
  mkdirSync(RESULTS, { recursive: true });
  const { result: _result, ...libraryFigures } = library;
  const report = {
    date: started.toISOString(),
    runs: RUNS,
    seed: SEED,
    loadAverage: os.loadavg()[0],
    cpus: os.cpus().length,
    node: process.version,
    targetMs: TARGET_MS,
    library: libraryFigures,
    api,
  };
  writeFileSync(
    join(RESULTS, 'business-case.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  log(recordBusinessCase(ROOT, report));
  const ok = api ? api.p50Ms <= TARGET_MS && api.differing.length === 0 : true;
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
