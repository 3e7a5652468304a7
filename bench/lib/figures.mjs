// Every figure bench/results/latest.json holds, in the order of the table in
// docs/benchmarks.md, with its target from the shared spec (quality.md
// § Performance, the targets raised by issue 18; the export rows' first
// targets from issue 12). One list, so that a figure no bench has measured yet
// still has its row ("not measured") and a bench cannot record a figure the
// table does not know.
//
// target: { comparison, value, text?, first? } — `text` where the spec words it
// differently from the comparison ("within 10 %"), `first` where quality.md
// names the earlier target a raised one replaced (shown beside it, judged as
// `metFirst`).
// null: reported for information (met is null).

const ratio = { unit: '×', decimals: 2 };
const ms = { unit: 'ms', decimals: 1 };
const kb = { unit: 'KB', decimals: 1 };
const mb = { unit: 'MB', decimals: 0 };
const usPerRow = { unit: 'µs/row', decimals: 1 };
const atMost = (value, extra = {}) => ({ comparison: '≤', value, ...extra });

export const FIGURES = [
  // bench/run.mjs — request import, format 2
  {
    id: 'import.ratio.1m',
    label: 'request import ÷ psql \\copy, 1,000,000 rows (format 2)',
    ...ratio,
    target: atMost(1.3, { first: atMost(2.0) }),
  },
  {
    id: 'import.ratio.100k',
    label: 'request import ÷ psql \\copy, 100,000 rows',
    ...ratio,
    target: null,
  },
  {
    id: 'import.usPerRow.100k',
    label: 'import time per row, 100,000 rows (must not grow with size)',
    ...usPerRow,
    target: null,
  },
  {
    id: 'import.usPerRow.1m',
    label: 'import time per row, 1,000,000 rows (must not grow with size)',
    ...usPerRow,
    target: null,
  },
  {
    id: 'import.peakRssMb.1m',
    label: 'API peak RSS during the 1,000,000-row import',
    ...mb,
    target: atMost(300),
  },
  {
    id: 'import.peakRssGrowthMb',
    label: 'API peak RSS growth from the smallest to the largest import (flat)',
    ...mb,
    target: null,
  },
  // bench/run.mjs — the department dashboard query
  {
    id: 'dashboard.ratio.1m',
    label: 'department dashboard query, GraphQL p95 ÷ its SQL, 1,000,000 rows',
    ...ratio,
    target: atMost(1.2),
  },
  {
    id: 'dashboard.ratio.10m',
    label: 'department dashboard query, GraphQL p95 ÷ its SQL, 10,000,000 rows',
    ...ratio,
    target: atMost(1.2),
  },
  {
    id: 'dashboard.p95Ms.10m',
    label: 'department dashboard query, GraphQL p95, 10,000,000 rows',
    ...ms,
    target: atMost(10),
  },
  // bench/run.mjs — the 100 M scale step (issue 18 item 6; not in CI)
  {
    id: 'dashboard.p95Ms.100m',
    label:
      'department dashboard query, GraphQL p95, 100,000,000 rows (partitioned)',
    ...ms,
    target: atMost(10),
  },
  {
    id: 'partitions.newMonthImport.ratio',
    label:
      "a new month's 1,000,000-row import at 100,000,000 rows ÷ the same on an empty database",
    ...ratio,
    target: atMost(1.1, { text: 'within 10 % (≤ 1.1)' }),
  },
  {
    id: 'partitions.detachMonth.s',
    label: 'detaching a year-old month at 100,000,000 rows',
    unit: 's',
    decimals: 2,
    target: { comparison: '<', value: 1 },
  },
  // bench/run.mjs — vendor and mapped exports (npm run bench:exports)
  {
    id: 'exports.serviceNowLog.ratio',
    label:
      'ServiceNow event log (48 MB) import ÷ psql \\copy into a text table',
    ...ratio,
    target: atMost(2, { first: atMost(4) }),
  },
  {
    id: 'exports.workOrders.ratio',
    label:
      'work orders (64 MiB), saved mapping, import ÷ psql \\copy into a text table',
    ...ratio,
    target: atMost(2, { first: atMost(3) }),
  },
  // bench/business-case.mjs
  {
    id: 'businessCase.api.p50Ms',
    label:
      'business case, 100,000 Monte Carlo runs, 5 departments × 60 months, through the API (p50)',
    unit: 'ms',
    decimals: 0,
    target: atMost(200),
  },
  {
    id: 'businessCase.api.cpuPerRequestMs',
    label: 'business case through the API: API CPU per request, all threads',
    unit: 'ms',
    decimals: 0,
    target: null,
  },
  {
    id: 'businessCase.library.medianMs',
    label:
      'business case, 100,000 runs in the library, one thread (warm median)',
    unit: 'ms',
    decimals: 0,
    target: null,
  },
  // bench/dashboard-and-load.mjs — first page
  {
    id: 'frontend.initialJsKb',
    label: 'dashboard initial JS, gzipped',
    ...kb,
    target: atMost(150),
  },
  {
    id: 'frontend.overview.jsBeforeChartKb',
    label: 'organisation overview: JS fetched before the first chart, gzipped',
    ...kb,
    target: atMost(150),
  },
  {
    id: 'frontend.department.jsBeforeChartKb',
    label: 'department page: JS fetched before the first chart, gzipped',
    ...kb,
    target: atMost(150),
  },
  {
    id: 'frontend.overview.firstChartMs',
    label: 'organisation overview: time to first chart (cold, median of 5)',
    unit: 'ms',
    decimals: 0,
    target: atMost(400),
  },
  {
    id: 'frontend.department.firstChartMs',
    label: 'department page: time to first chart (cold, median of 5)',
    unit: 'ms',
    decimals: 0,
    target: atMost(400),
  },
  // The same loads in a window opened at once, as measured before decision
  // 0036: the window's own browser UI loads beside the page.
  {
    id: 'frontend.overview.firstChartFreshWindowMs',
    label:
      'organisation overview: first chart in a window opened at once (as before 0036)',
    unit: 'ms',
    decimals: 0,
    target: null,
  },
  {
    id: 'frontend.department.firstChartFreshWindowMs',
    label:
      'department page: first chart in a window opened at once (as before 0036)',
    unit: 'ms',
    decimals: 0,
    target: null,
  },
  // bench/dashboard-and-load.mjs — the API under load
  {
    id: 'load.p99Ms',
    label: 'API under load (50 connections, 30 s): p99 latency',
    unit: 'ms',
    decimals: 0,
    target: atMost(100),
  },
  {
    id: 'load.requestsPerSecond',
    label: 'API under load: throughput',
    unit: 'req/s',
    decimals: 0,
    target: { comparison: '≥', value: 1000 },
  },
  {
    id: 'load.errors',
    label: 'API under load: errors (socket, timeout, non-2xx, GraphQL)',
    unit: '',
    decimals: 0,
    target: { comparison: '=', value: 0 },
  },
  {
    id: 'load.trivialQueryMs',
    label: 'fixed cost of a trivial query (Organizations)',
    unit: 'ms',
    decimals: 2,
    target: { comparison: '<', value: 0.5 },
  },
  {
    id: 'load.apiCpuMsPerRequest',
    label: 'API under load: API CPU per request',
    unit: 'ms',
    decimals: 2,
    target: null,
  },
  {
    id: 'load.postgresCpuMsPerRequest',
    label: 'API under load: PostgreSQL CPU per request',
    unit: 'ms',
    decimals: 2,
    target: null,
  },
];

const BY_ID = new Map(FIGURES.map((figure) => [figure.id, figure]));

/** The catalogue entry of `id`; throws for an id the table does not know. */
export function figureOf(id, catalogue = FIGURES) {
  const figure =
    catalogue === FIGURES ? BY_ID.get(id) : catalogue.find((f) => f.id === id);
  if (!figure)
    throw new Error(
      `Unknown benchmark figure "${id}": add it to bench/lib/figures.mjs first`,
    );
  return figure;
}

const COMPARE = {
  '≤': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '≥': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '=': (a, b) => a === b,
};

/** Whether `value` meets `target`; null when there is no target or no value. */
export function meets(value, target) {
  if (!target || typeof value !== 'number' || !Number.isFinite(value))
    return null;
  const compare = COMPARE[target.comparison];
  if (!compare)
    throw new Error(`Unknown comparison "${target.comparison}" in a target`);
  return compare(value, target.value);
}
