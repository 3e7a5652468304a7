import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIGURES, meets } from './figures.mjs';
import {
  formatValue,
  mergeFigures,
  readResults,
  recordFigures,
  targetText,
} from './results.mjs';
import { ratioFigure, timeFigure } from './results.fixtures.mjs';

// Specs run compiled to CommonJS (bench/jest.config.cjs), where __dirname exists.
const ROOT = join(__dirname, '../..');

const CATALOGUE = [
  ratioFigure('A ratio'),
  timeFigure('B time', '<'),
  { id: 'c.info', label: 'C', unit: 'MB', decimals: 0, target: null },
];
const RUN_A = { bench: 'bench/a.mjs', date: '2026-12-03T17:00:00.000Z' };
const RUN_B = { bench: 'bench/b.mjs', date: '2026-12-03T17:30:00.000Z' };
const byId = (document) =>
  Object.fromEntries(document.figures.map((entry) => [entry.id, entry]));

describe('mergeFigures', () => {
  it('lists every figure of the catalogue, unmeasured ones with value null', () => {
    const document = mergeFigures(null, { 'b.ms': 350 }, RUN_A, CATALOGUE);
    expect(document.figures.map((entry) => entry.id)).toEqual([
      'a.ratio',
      'b.ms',
      'c.info',
    ]);
    expect(byId(document)['a.ratio']).toEqual({
      id: 'a.ratio',
      label: 'A ratio',
      value: null,
      unit: '×',
      target: {
        comparison: '≤',
        value: 1.3,
        first: { comparison: '≤', value: 2 },
        text: '≤ 1.3× (first ≤ 2×)',
      },
      met: null,
      metFirst: null,
      run: null,
    });
    expect(byId(document)['b.ms']).toMatchObject({
      value: 350,
      met: true,
      target: { comparison: '<', value: 400, text: '< 400 ms' },
      run: RUN_A,
    });
    expect(byId(document)['c.info']).toMatchObject({
      target: null,
      met: null,
    });
  });

  it("keeps the figures other benches wrote, with their runs, and replaces a re-measured one's", () => {
    const afterA = mergeFigures(
      null,
      { 'a.ratio': 1.75, 'c.info': 197 },
      RUN_A,
      CATALOGUE,
    );
    const afterB = mergeFigures(afterA, { 'b.ms': 622 }, RUN_B, CATALOGUE);
    expect(byId(afterB)['a.ratio']).toMatchObject({ value: 1.75, run: RUN_A });
    expect(byId(afterB)['c.info']).toMatchObject({ value: 197, run: RUN_A });
    expect(byId(afterB)['b.ms']).toMatchObject({
      value: 622,
      met: false,
      run: RUN_B,
    });
    const again = mergeFigures(afterB, { 'a.ratio': 1.28 }, RUN_B, CATALOGUE);
    expect(byId(again)['a.ratio']).toMatchObject({
      value: 1.28,
      met: true,
      run: RUN_B,
    });
    expect(byId(again)['c.info']).toMatchObject({ value: 197, run: RUN_A });
  });

  it('judges the raised target and the first one apart', () => {
    const document = mergeFigures(null, { 'a.ratio': 1.75 }, RUN_A, CATALOGUE);
    expect(byId(document)['a.ratio']).toMatchObject({
      met: false,
      metFirst: true,
    });
  });

  it("refreshes a kept figure's target and verdict from the catalogue", () => {
    const old = mergeFigures(null, { 'b.ms': 450 }, RUN_A, [
      { ...CATALOGUE[1], target: { comparison: '≤', value: 1500 } },
    ]);
    expect(byId(old)['b.ms'].met).toBe(true);
    const now = mergeFigures(old, {}, RUN_B, CATALOGUE);
    expect(byId(now)['b.ms']).toMatchObject({
      value: 450,
      met: false,
      target: { value: 400 },
      run: RUN_A,
    });
  });

  it('keeps, at the end, entries the catalogue no longer knows', () => {
    const stray = { id: 'gone.figure', value: 3, run: RUN_A };
    const document = mergeFigures(
      { figures: [stray] },
      { 'c.info': 1 },
      RUN_B,
      CATALOGUE,
    );
    expect(document.figures.at(-1)).toEqual(stray);
    expect(document.figures).toHaveLength(4);
  });

  it('skips null and undefined values, refuses unknown ids and non-numbers', () => {
    const document = mergeFigures(
      null,
      { 'a.ratio': null, 'b.ms': undefined },
      RUN_A,
      CATALOGUE,
    );
    expect(document.figures.every((entry) => entry.value === null)).toBe(true);
    expect(() => mergeFigures(null, { 'x.y': 1 }, RUN_A, CATALOGUE)).toThrow(
      'Unknown benchmark figure "x.y"',
    );
    expect(() =>
      mergeFigures(null, { 'b.ms': '350' }, RUN_A, CATALOGUE),
    ).toThrow('"b.ms" must be a finite number, got "350"');
    expect(() =>
      mergeFigures(null, { 'b.ms': Number.NaN }, RUN_A, CATALOGUE),
    ).toThrow('must be a finite number');
  });

  it('keeps two decimals beyond the printed ones', () => {
    const document = mergeFigures(
      null,
      { 'a.ratio': 1.234567, 'b.ms': 399.996 },
      RUN_A,
      CATALOGUE,
    );
    expect(byId(document)['a.ratio'].value).toBe(1.2346);
    expect(byId(document)['b.ms'].value).toBe(400);
    expect(byId(document)['b.ms'].met).toBe(false);
  });
});

describe('meets', () => {
  it.each([
    ['≤', 1.3, 1.3, true],
    ['≤', 1.31, 1.3, false],
    ['<', 0.5, 0.5, false],
    ['<', 0.49, 0.5, true],
    ['≥', 1000, 1000, true],
    ['≥', 999, 1000, false],
    ['=', 0, 0, true],
    ['=', 1, 0, false],
  ])('%s: %d against %d is %s', (comparison, value, limit, expected) => {
    expect(meets(value, { comparison, value: limit })).toBe(expected);
  });

  it('is null without a target or a value', () => {
    expect(meets(1, null)).toBeNull();
    expect(meets(null, { comparison: '≤', value: 1 })).toBeNull();
  });
});

describe('formatting', () => {
  it('prints values with the figure’s decimals and unit, targets as written', () => {
    expect(formatValue(1.75, CATALOGUE[0])).toBe('1.75×');
    expect(formatValue(1234.4, CATALOGUE[1])).toBe('1,234 ms');
    expect(formatValue(0, { unit: '', decimals: 0 })).toBe('0');
    expect(targetText(CATALOGUE[0])).toBe('≤ 1.3× (first ≤ 2×)');
    expect(
      targetText({
        unit: 'req/s',
        target: { comparison: '≥', value: 1000 },
      }),
    ).toBe('≥ 1,000 req/s');
    expect(targetText(CATALOGUE[2])).toBeNull();
  });
});

describe('the catalogue', () => {
  it('holds every target of quality.md § Performance and issue 18', () => {
    const targets = Object.fromEntries(
      FIGURES.filter((f) => f.target).map((f) => [f.id, targetText(f)]),
    );
    expect(targets).toEqual({
      'import.ratio.1m': '≤ 1.3× (first ≤ 2×)',
      'import.peakRssMb.1m': '≤ 300 MB',
      'dashboard.ratio.1m': '≤ 1.2×',
      'dashboard.ratio.10m': '≤ 1.2×',
      'dashboard.p95Ms.10m': '≤ 10 ms',
      'dashboard.p95Ms.100m': '≤ 10 ms',
      'partitions.newMonthImport.ratio': 'within 10 % (≤ 1.1)',
      'partitions.detachMonth.s': '< 1 s',
      'exports.serviceNowLog.ratio': '≤ 2× (first ≤ 4×)',
      'exports.workOrders.ratio': '≤ 2× (first ≤ 3×)',
      'businessCase.api.p50Ms': '≤ 200 ms',
      'frontend.initialJsKb': '≤ 150 KB',
      'frontend.overview.jsBeforeChartKb': '≤ 150 KB',
      'frontend.department.jsBeforeChartKb': '≤ 150 KB',
      'frontend.overview.firstChartMs': '≤ 400 ms',
      'frontend.department.firstChartMs': '≤ 400 ms',
      'load.p99Ms': '≤ 100 ms',
      'load.requestsPerSecond': '≥ 1,000 req/s',
      'load.errors': '= 0',
      'load.trivialQueryMs': '< 0.5 ms',
    });
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
  });
});

describe('recordFigures and readResults', () => {
  let directory;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'bench-results-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('merges each bench into one file, replacing it whole, with the run’s facts', () => {
    const file = join(directory, 'latest.json');
    const first = recordFigures({
      root: ROOT,
      bench: 'bench/run.mjs',
      values: { 'import.ratio.1m': 1.28, 'dashboard.ratio.1m': null },
      date: '2026-12-03T17:00:00.000Z',
      parameters: { runs: 200 },
      machine: { postgres: 'PostgreSQL 15.20' },
      file,
    });
    expect(first).toEqual({ file, recorded: 1 });
    recordFigures({
      root: ROOT,
      bench: 'bench/business-case.mjs',
      values: { 'businessCase.api.p50Ms': 150 },
      file,
    });
    const document = readResults(file);
    expect(document.figures).toHaveLength(FIGURES.length);
    const imports = byId(document)['import.ratio.1m'];
    expect(imports).toMatchObject({ value: 1.28, met: true, metFirst: true });
    expect(imports.run).toMatchObject({
      bench: 'bench/run.mjs',
      date: '2026-12-03T17:00:00.000Z',
      parameters: { runs: 200 },
      machine: { postgres: 'PostgreSQL 15.20' },
    });
    expect(imports.run.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof imports.run.dirty).toBe('boolean');
    expect(imports.run.machine.cores).toBeGreaterThan(0);
    expect(imports.run.machine.loadAverage).toHaveLength(3);
    expect(byId(document)['businessCase.api.p50Ms']).toMatchObject({
      value: 150,
      met: true,
      run: { bench: 'bench/business-case.mjs' },
    });
    expect(readdirSync(directory)).toEqual(['latest.json']);
  });

  it('reads a missing file as none and refuses a broken one', () => {
    expect(readResults(join(directory, 'none.json'))).toBeNull();
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{"figures": [');
    expect(() => readResults(broken)).toThrow(`${broken} is not valid JSON`);
    expect(() =>
      recordFigures({
        root: ROOT,
        bench: 'x',
        values: { 'load.errors': 0 },
        file: broken,
      }),
    ).toThrow('is not valid JSON');
    expect(existsSync(broken)).toBe(true);
  });
});
