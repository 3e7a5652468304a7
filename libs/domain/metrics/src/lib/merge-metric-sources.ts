import { emptyMetricPoint, MetricPoint } from './metric-point';

/**
 * Where a point's figures come from: the department's request records,
 * an imported weekly sheet, or neither (a period with no data, shown as
 * total 0 with null rates).
 */
export type MetricSource = 'REQUESTS' | 'WEEKLY_IMPORT' | 'NONE';

export type SourcedMetricPoint = MetricPoint & { source: MetricSource };

/**
 * One point per period from the two sources, oldest first: the
 * request-level point where it has requests, else the imported week (or
 * month rolled up from weeks), else an empty point marked NONE.
 *
 * Both lists must be of the same grain (roll weekly rows up with
 * rollUpToMonths for MONTH). computeMetricPoints returns a point for every
 * period, so a request-level point of total 0 counts as "no request data":
 * an organisation that imported weekly sheets for January and request
 * records from February on sees January from the sheets.
 * @throws RangeError when a list has two points for one period.
 */
export function mergeMetricSources({
  requestLevel,
  weekly,
}: {
  requestLevel: readonly MetricPoint[];
  weekly: readonly MetricPoint[];
}): SourcedMetricPoint[] {
  const fromRequests = byPeriod(requestLevel, 'requestLevel');
  const fromWeekly = byPeriod(weekly, 'weekly');
  const periods = [
    ...new Set([...fromRequests.keys(), ...fromWeekly.keys()]),
  ].sort();
  return periods.map((periodStart): SourcedMetricPoint => {
    const requestPoint = fromRequests.get(periodStart);
    if (requestPoint && requestPoint.total > 0) {
      return { ...requestPoint, source: 'REQUESTS' };
    }
    const weeklyPoint = fromWeekly.get(periodStart);
    if (weeklyPoint) return { ...weeklyPoint, source: 'WEEKLY_IMPORT' };
    return { ...emptyMetricPoint({ periodStart }), source: 'NONE' };
  });
}

function byPeriod(
  points: readonly MetricPoint[],
  name: string,
): Map<string, MetricPoint> {
  const map = new Map<string, MetricPoint>();
  for (const point of points) {
    if (map.has(point.periodStart)) {
      throw new RangeError(`${name} has two points for ${point.periodStart}`);
    }
    map.set(point.periodStart, point);
  }
  return map;
}
