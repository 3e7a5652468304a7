import { pointOfReadFacts, MetricPoint } from './metric-point';
import {
  DEFAULT_TIME_ZONE,
  Grain,
  periodStartEpochDay,
  periodsBetween,
} from './period';
import {
  localEpochDayReader,
  parsePlainDate,
} from '@esm-planner/shared-util-dates';
import { readRequestFact, ReadRequestFact, RequestFact } from './request-fact';

/**
 * The service metrics of one department per period (domain §3), from its
 * request-level data: one point for every period that overlaps [from, to]
 * (see periodsBetween), oldest first, with empty periods as points of
 * total 0. A request belongs to the period in which it was opened, read in
 * the organisation's time zone; requests opened outside those periods are
 * left out, wherever they were resolved.
 * @throws RangeError for an invalid range, time zone or request.
 */
export function computeMetricPoints({
  requests,
  from,
  to,
  grain,
  timeZone = DEFAULT_TIME_ZONE,
}: {
  requests: readonly RequestFact[];
  from: string;
  to: string;
  grain: Grain;
  timeZone?: string;
}): MetricPoint[] {
  const starts = periodsBetween({ from, to, grain });
  // Keyed by epoch day: formatting a date per request would cost more than
  // the rest of the work.
  const byPeriod = new Map<number, ReadRequestFact[]>(
    starts.map((start) => [parsePlainDate(start, 'periodStart'), []]),
  );
  const localDay = localEpochDayReader(timeZone);
  requests.forEach((request, index) => {
    const fact = readRequestFact(request, index);
    const start = periodStartEpochDay(localDay(fact.openedMs), grain);
    byPeriod.get(start)?.push(fact);
  });
  return starts.map((start) =>
    pointOfReadFacts(
      start,
      byPeriod.get(parsePlainDate(start, 'periodStart'))!,
    ),
  );
}
