import { FIGURES } from './figures.mjs';
import {
  businessCaseFigures,
  dashboardFigures,
  runFigures,
} from './report-figures.mjs';

const KNOWN = new Set(FIGURES.map((figure) => figure.id));

// The shapes of the benches' own reports, cut to what the figures read.
const sizeResult = (rows, importRatio, usPerRow, peakRssMb, ratio) => ({
  rows,
  importRatio,
  import: { usPerRow, peakRssMb },
  dashboard: { ratio, graphql: { p95Ms: 6.5 } },
});

describe('runFigures (bench/run.mjs)', () => {
  it('maps the sizes, the 10 M scale step and the export rows', () => {
    const values = runFigures({
      results: [
        sizeResult(100_000, 2.12, 19.4, 188, 1.88),
        sizeResult(1_000_000, 1.75, 18.3, 197, 2.09),
      ],
      scale: {
        rows: 10_000_000,
        dashboard: { ratio: 2.06, graphql: { p95Ms: 7 } },
      },
      exports: { serviceNowLog: { ratio: 7.55 }, workOrders: { ratio: 10.89 } },
      summary: { peakRssGrowthMb: 9 },
    });
    expect(values).toEqual({
      'import.ratio.100k': 2.12,
      'import.usPerRow.100k': 19.4,
      'import.ratio.1m': 1.75,
      'import.usPerRow.1m': 18.3,
      'import.peakRssMb.1m': 197,
      'dashboard.ratio.1m': 2.09,
      'import.peakRssGrowthMb': 9,
      'dashboard.ratio.10m': 2.06,
      'dashboard.p95Ms.10m': 7,
      'exports.serviceNowLog.ratio': 7.55,
      'exports.workOrders.ratio': 10.89,
    });
    expect(Object.keys(values).filter((id) => !KNOWN.has(id))).toEqual([]);
  });

  it('maps the partition step at 100 M rows, and nothing from a smaller one', () => {
    const partitions = {
      rows: 100_000_000,
      dashboard: { graphql: { p95Ms: 8.4 } },
      newMonthImport: { ratio: 1.06 },
      detachYearOldMonthMs: 31,
    };
    expect(runFigures({ partitions })).toEqual({
      'dashboard.p95Ms.100m': 8.4,
      'partitions.newMonthImport.ratio': 1.06,
      // 31 ms is 0.031 s.
      'partitions.detachMonth.s': 0.031,
    });
    expect(
      runFigures({ partitions: { ...partitions, rows: 2_600_000 } }),
    ).toEqual({});
  });

  it('records nothing for sizes its labels do not name, nor a growth from one size', () => {
    expect(
      runFigures({
        results: [sizeResult(20_000, 3, 30, 180, 2)],
        scale: { rows: 2_000_000, dashboard: { ratio: 2 } },
        exports: null,
        summary: { peakRssGrowthMb: 0 },
      }),
    ).toEqual({});
    expect(
      runFigures({
        results: [sizeResult(100_000, 2.12, 19.4, 188, 1.88)],
        summary: { peakRssGrowthMb: 0 },
      }),
    ).not.toHaveProperty('import.peakRssGrowthMb');
  });
});

describe('businessCaseFigures (bench/business-case.mjs)', () => {
  it('records the 100,000-run case only', () => {
    const report = {
      runs: 100_000,
      library: { medianMs: 120 },
      api: { p50Ms: 180, cpuPerRequestMs: 250 },
    };
    expect(businessCaseFigures(report)).toEqual({
      'businessCase.api.p50Ms': 180,
      'businessCase.api.cpuPerRequestMs': 250,
      'businessCase.library.medianMs': 120,
    });
    expect(businessCaseFigures({ ...report, runs: 10_000 })).toEqual({});
    expect(businessCaseFigures({ ...report, api: null })).toMatchObject({
      'businessCase.api.p50Ms': undefined,
      'businessCase.library.medianMs': 120,
    });
  });
});

function loadRun(
  processes,
  { p99, rate, errors, cpu: [api, postgres, trivial] },
) {
  return {
    processes,
    mix: {
      p99Ms: p99,
      requestsPerSecond: rate,
      errors,
      cpu: { apiMsPerRequest: api, postgresMsPerRequest: postgres },
    },
    trivial: { cpu: { apiMsPerRequest: trivial } },
  };
}

describe('dashboardFigures (bench/dashboard-and-load.mjs)', () => {
  const results = {
    bundle: { gzipKb: 163.2 },
    firstChart: {
      overview: {
        medianMs: 390,
        freshWindowMedianMs: 450,
        js: { gzipKb: 140.5 },
      },
      department: {
        medianMs: 410,
        freshWindowMedianMs: 480,
        js: { gzipKb: 149.9 },
      },
    },
    // Two rounds of one and of two API processes: the two processes' medians
    // (the larger of two values) are recorded, and the worst errors.
    load: {
      connections: 50,
      durationS: 30,
      runs: [
        loadRun(1, { p99: 180, rate: 600, errors: 0, cpu: [1.5, 0.6, 0.7] }),
        loadRun(2, { p99: 95, rate: 1000, errors: 0, cpu: [0.96, 0.54, 0.4] }),
        loadRun(1, { p99: 170, rate: 620, errors: 0, cpu: [1.4, 0.6, 0.6] }),
        loadRun(2, { p99: 99, rate: 980, errors: 2, cpu: [0.9, 0.5, 0.45] }),
      ],
    },
  };

  it('maps the bundle, both pages and the load, with CPU per request', () => {
    expect(dashboardFigures(results, { runs: 5 })).toEqual({
      'frontend.initialJsKb': 163.2,
      'frontend.overview.jsBeforeChartKb': 140.5,
      'frontend.overview.firstChartMs': 390,
      'frontend.overview.firstChartFreshWindowMs': 450,
      'frontend.department.jsBeforeChartKb': 149.9,
      'frontend.department.firstChartMs': 410,
      'frontend.department.firstChartFreshWindowMs': 480,
      'load.p99Ms': 99,
      'load.requestsPerSecond': 1000,
      'load.errors': 2,
      'load.apiCpuMsPerRequest': 0.96,
      'load.postgresCpuMsPerRequest': 0.54,
      'load.trivialQueryMs': 0.45,
    });
  });

  it('leaves out a median of other than 5 loads and a load of other than 50 connections for 30 s', () => {
    const values = dashboardFigures(
      { ...results, load: { ...results.load, durationS: 10 } },
      { runs: 3 },
    );
    expect(Object.keys(values)).toEqual([
      'frontend.initialJsKb',
      'frontend.overview.jsBeforeChartKb',
      'frontend.department.jsBeforeChartKb',
    ]);
    expect(
      dashboardFigures({ ...results, load: null }, { runs: 5 }),
    ).not.toHaveProperty('load.p99Ms');
  });
});
