// Each bench's report → the figures of bench/lib/figures.mjs it measured,
// merged into bench/results/latest.json. A figure is recorded only when the
// run measured it as its label says (the sizes, the 100,000 Monte Carlo runs,
// 50 connections for 30 s, a median of 5 loads); a run with other settings
// leaves the figure as it was.
import { summarizeLoad } from './load-summary.mjs';
import { recordFigures } from './results.mjs';

const SIZE_KEYS = new Map([
  [100_000, '100k'],
  [1_000_000, '1m'],
  [10_000_000, '10m'],
]);

/** bench/run.mjs: imports per size, the dashboard query, the export rows. */
export function runFigures(report) {
  const values = {};
  for (const result of report.results ?? []) {
    const key = SIZE_KEYS.get(result.rows);
    if (!key) continue;
    values[`import.ratio.${key}`] = result.importRatio;
    values[`import.usPerRow.${key}`] = result.import?.usPerRow;
    if (key === '1m') {
      values['import.peakRssMb.1m'] = result.import?.peakRssMb;
      values['dashboard.ratio.1m'] = result.dashboard?.ratio;
    }
  }
  const sizes = (report.results ?? []).map((result) => result.rows);
  if (sizes.includes(100_000) && sizes.includes(1_000_000))
    values['import.peakRssGrowthMb'] = report.summary?.peakRssGrowthMb;
  if (report.scale?.rows === 10_000_000) {
    values['dashboard.ratio.10m'] = report.scale.dashboard?.ratio;
    values['dashboard.p95Ms.10m'] = report.scale.dashboard?.graphql?.p95Ms;
  }
  if (report.partitions?.rows === 100_000_000) {
    const { partitions } = report;
    values['dashboard.p95Ms.100m'] = partitions.dashboard?.graphql?.p95Ms;
    values['partitions.newMonthImport.ratio'] =
      partitions.newMonthImport?.ratio;
    values['partitions.detachMonth.s'] =
      partitions.detachYearOldMonthMs === undefined
        ? undefined
        : partitions.detachYearOldMonthMs / 1000;
  }
  if (report.exports) {
    values['exports.serviceNowLog.ratio'] = report.exports.serviceNowLog?.ratio;
    values['exports.workOrders.ratio'] = report.exports.workOrders?.ratio;
  }
  return values;
}

/** bench/business-case.mjs: the 100,000-run case through the API and in the library. */
export function businessCaseFigures(report) {
  if (report.runs !== 100_000) return {};
  return {
    'businessCase.api.p50Ms': report.api?.p50Ms,
    'businessCase.api.cpuPerRequestMs': report.api?.cpuPerRequestMs,
    'businessCase.library.medianMs': report.library?.medianMs,
  };
}

/** bench/dashboard-and-load.mjs: initial JS, first chart per page, the load. */
export function dashboardFigures(results, { runs }) {
  const values = { 'frontend.initialJsKb': results.bundle?.gzipKb };
  for (const page of ['overview', 'department']) {
    const first = results.firstChart?.[page];
    if (!first) continue;
    values[`frontend.${page}.jsBeforeChartKb`] = first.js?.gzipKb;
    if (runs !== 5) continue;
    values[`frontend.${page}.firstChartMs`] = first.medianMs;
    values[`frontend.${page}.firstChartFreshWindowMs`] =
      first.freshWindowMedianMs;
  }
  // The figures of the most processes the step ran: `npm start`'s default
  // on this machine (one API process per core).
  const { load } = results;
  const summaries = summarizeLoad(load);
  const most = Math.max(...summaries.map((entry) => entry.processes));
  const summary = summaries.find((entry) => entry.processes === most);
  if (summary && load.connections === 50 && load.durationS === 30) {
    values['load.p99Ms'] = summary.p99Ms;
    values['load.requestsPerSecond'] = summary.requestsPerSecond;
    values['load.errors'] = summary.errors;
    values['load.apiCpuMsPerRequest'] = summary.apiMsPerRequest;
    values['load.postgresCpuMsPerRequest'] = summary.postgresMsPerRequest;
    values['load.trivialQueryMs'] = summary.trivialApiMsPerRequest;
  }
  return values;
}

/** The one call each bench makes where it writes its own report; returns what the log line says. */
export function recordRun(root, report, parameters) {
  const { file, recorded } = recordFigures({
    root,
    bench: 'bench/run.mjs',
    values: runFigures(report),
    date: report.date,
    parameters: {
      sizes: report.sizes,
      scale: report.scale?.rows ?? 0,
      exports: Boolean(report.exports),
      ...parameters,
    },
    machine: { postgres: report.machine?.postgres },
  });
  return `Merged ${recorded} figures into ${file}.`;
}

export function recordBusinessCase(root, report) {
  const { file, recorded } = recordFigures({
    root,
    bench: 'bench/business-case.mjs',
    values: businessCaseFigures(report),
    date: report.date,
    parameters: { runs: report.runs, requests: report.api?.requests ?? null },
  });
  return `Merged ${recorded} figures into ${file}.`;
}

export function recordDashboard(root, results, parameters) {
  const { file, recorded } = recordFigures({
    root,
    bench: 'bench/dashboard-and-load.mjs',
    values: dashboardFigures(results, parameters),
    date: results.date,
    parameters,
  });
  return `Merged ${recorded} figures into ${file}.`;
}
