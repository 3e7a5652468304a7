import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetricPoints } from './compute-metric-points';
import { MetricPoint } from './metric-point';
import { isResolution, RequestFact } from './request-fact';

// The sample files, copied into the repository's test fixtures
// (tests/fixtures/README.md says where they come from). The weekly file was derived from the
// request file, so recomputing it from the requests must give it back.
const DATA = join(__dirname, '../../../../../tests/fixtures');
const RANGE = { from: '2026-01-05', to: '2026-07-05' } as const;

// A plain split is a CSV parser only for a file without quoted fields; the
// first test proves these have none.
const csvCache = new Map<
  string,
  { text: string; rows: Record<string, string>[] }
>();
function readCsv(name: string): {
  text: string;
  rows: Record<string, string>[];
} {
  if (!csvCache.has(name)) csvCache.set(name, parseCsv(name));
  return csvCache.get(name)!;
}

function parseCsv(name: string): {
  text: string;
  rows: Record<string, string>[];
} {
  const text = readFileSync(join(DATA, name), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  const columns = header.split(',');
  const rows = lines.map((line) => {
    const cells = line.split(',');
    expect(cells).toHaveLength(columns.length);
    return Object.fromEntries(
      columns.map((column, index) => [column, cells[index]]),
    );
  });
  return { text, rows };
}

const BOOLEAN: Record<string, boolean | null> = {
  true: true,
  false: false,
  '': null,
};

function requestsOf(department: string): RequestFact[] {
  return readCsv('requests-2026H1.csv')
    .rows.filter((row) => row.department === department)
    .map((row) => {
      const resolution = row.resolution === '' ? null : row.resolution;
      if (resolution !== null && !isResolution(resolution))
        throw new Error(`resolution ${resolution}`);
      return {
        openedAt: row.opened_at,
        resolvedAt: row.resolved_at === '' ? null : row.resolved_at,
        resolution,
        slaMet: BOOLEAN[row.sla_met],
        reopened: BOOLEAN[row.reopened],
      };
    });
}

const pointsCache = new Map<string, MetricPoint[]>();
function weeksOf(department: string, timeZone = 'UTC'): MetricPoint[] {
  const key = `${department} ${timeZone}`;
  if (!pointsCache.has(key)) {
    const requests = requestsOf(department);
    pointsCache.set(
      key,
      computeMetricPoints({ requests, ...RANGE, grain: 'WEEK', timeZone }),
    );
  }
  return pointsCache.get(key)!;
}
const week = (department: string, weekStart: string, timeZone = 'UTC') =>
  weeksOf(department, timeZone).find(
    (point) => point.periodStart === weekStart,
  )!;

describe('computeMetricPoints of the sample requests (tests/fixtures)', () => {
  it('reads files a plain split can parse', () => {
    const requests = readCsv('requests-2026H1.csv');
    const weekly = readCsv('weekly-metrics-2026H1.csv');
    expect(requests.text).not.toContain('"');
    expect(weekly.text).not.toContain('"');
    expect(requests.rows).toHaveLength(10_716);
    expect(weekly.rows).toHaveLength(78); // 26 weeks × IT, HR, FINANCE
  });

  // The weekly file has only department, week_start, total, deflected,
  // no_touch and resolved; every one of its 78 rows is checked.
  it.each(['IT', 'HR', 'FINANCE'])(
    'gives back every week of %s in the weekly file',
    (department) => {
      const expected = readCsv('weekly-metrics-2026H1.csv')
        .rows.filter((row) => row.department === department)
        .map((row) => ({
          periodStart: row.week_start,
          total: Number(row.total),
          deflected: Number(row.deflected),
          noTouch: Number(row.no_touch),
          resolved: Number(row.resolved),
        }));
      const computed = weeksOf(department).map(
        ({ periodStart, total, deflected, noTouch, resolved }) => ({
          periodStart,
          total,
          deflected,
          noTouch,
          resolved,
        }),
      );
      expect(computed).toEqual(expected);
    },
  );

  // The file lacks sla_met, sla_tracked and mean_resolution_hours, so these
  // figures were recomputed independently, in Python without Intl or this
  // code, by `python3 check.py IT 2026-03-02` in tests/fixtures with check.py:
  //   import csv, math, sys; from datetime import datetime as T, timedelta as D
  //   dep, wk = sys.argv[1:3]; z = lambda s: T.fromisoformat(s.replace('Z', '+00:00'))
  //   rs = [r for r in csv.DictReader(open('requests-2026H1.csv')) if r['department'] == dep
  //         and str(z(r['opened_at']).date() - D(days=z(r['opened_at']).weekday())) == wk]
  //   h = sorted((z(r['resolved_at']) - z(r['opened_at'])).total_seconds() / 3600 for r in rs if r['resolved_at'])
  //   c = lambda f: sum(map(f, rs)); k = lambda p: h[math.ceil(p * len(h)) - 1]
  //   print(len(rs), c(lambda r: r['resolution'] in ('DEFLECTED', 'NO_TOUCH')), c(lambda r: r['resolution'] == 'NO_TOUCH'),
  //         len(h), c(lambda r: r['sla_met'] == 'true'), c(lambda r: r['sla_met'] != ''),
  //         c(lambda r: bool(r['resolved_at']) and r['reopened'] == 'true'), sum(h) / len(h), k(.5), k(.9))
  // It prints total, deflected, no_touch, resolved, sla_met, sla_tracked,
  // reopened (among resolved), mean, median and P90 hours: the rows below.
  it.each([
    // dept, week, total, deflected, noTouch, resolved, slaMet, slaTracked, reopened, mean, median, p90 (h)
    [
      'IT',
      '2026-01-05',
      259,
      23,
      15,
      247,
      197,
      233,
      2,
      18.662264957264963,
      12.831666666666667,
      44.79222222222222,
    ],
    [
      'IT',
      '2026-03-02',
      262,
      176,
      104,
      254,
      207,
      243,
      12,
      6.357531714785651,
      1.3875,
      19.804166666666667,
    ],
    [
      'IT',
      '2026-06-29',
      251,
      190,
      121,
      241,
      182,
      226,
      10,
      5.385366528354082,
      1.2513888888888889,
      14.450277777777778,
    ],
    [
      'HR',
      '2026-01-05',
      114,
      8,
      5,
      110,
      88,
      108,
      4,
      18.514058080808084,
      15.40611111111111,
      40.71222222222222,
    ],
    [
      'HR',
      '2026-04-13',
      127,
      74,
      49,
      124,
      98,
      118,
      8,
      9.973808243727596,
      1.6244444444444444,
      34.848055555555554,
    ],
  ] as const)(
    '%s, week of %s: %d requests, SLA and resolution times as checked in Python',
    (
      department,
      weekStart,
      total,
      deflected,
      noTouch,
      resolved,
      slaMet,
      slaTracked,
      reopened,
      mean,
      median,
      p90,
    ) => {
      const point = week(department, weekStart);
      expect(point).toMatchObject({
        total,
        deflected,
        noTouch,
        resolved,
        slaMet,
        slaTracked,
        reopened,
      });
      expect(point.slaAttainment).toBe(slaMet / slaTracked);
      expect(point.reopenRate).toBe(reopened / resolved);
      // Python summed float seconds, we sum whole milliseconds: the last
      // digits may differ.
      expect(point.mttrHours).toBeCloseTo(mean, 9);
      expect(point.medianResolutionHours).toBeCloseTo(median, 9);
      expect(point.p90ResolutionHours).toBeCloseTo(p90, 9);
    },
  );

  // In Europe/Paris, 49 IT requests opened late on a Sunday (UTC) fall on
  // Monday local time and move to the next week. Python's zoneinfo (not
  // Intl) gave these weekly totals.
  it.each([
    ['2026-03-02', 261],
    ['2026-03-30', 159],
    ['2026-06-29', 251],
  ])('in Europe/Paris, IT has %s: %d requests', (weekStart, total) => {
    expect(week('IT', weekStart, 'Europe/Paris').total).toBe(total);
  });
});
