import fc from 'fast-check';
import { computeMetricPoints } from './compute-metric-points';
import { MetricPoint } from './metric-point';
import { RequestFact, RESOLUTIONS } from './request-fact';

// Random requests opened in the first half of 2026 (Monday 5 January to
// Sunday 5 July): whatever they are, the points must account for each once
// and keep every count and rate inside its bounds.
const FROM = '2026-01-05';
const TO = '2026-07-05';
const START_MS = Date.UTC(2026, 0, 5, 12); // noon, so no zone below moves it out
const SPAN_MS = Date.UTC(2026, 6, 5) - START_MS;

const request = fc
  .record({
    openedOffset: fc.integer({ min: 0, max: SPAN_MS }),
    resolvedAfter: fc.option(fc.integer({ min: 0, max: 30 * 86_400_000 })),
    resolution: fc.option(fc.constantFrom(...RESOLUTIONS)),
    slaMet: fc.option(fc.boolean()),
    reopened: fc.option(fc.boolean()),
  })
  .map(({ openedOffset, resolvedAfter, ...rest }): RequestFact => ({
    openedAt: new Date(START_MS + openedOffset).toISOString(),
    resolvedAt:
      resolvedAfter === null
        ? null
        : new Date(START_MS + openedOffset + resolvedAfter).toISOString(),
    ...rest,
  }));

const sum = (
  points: MetricPoint[],
  field: 'total' | 'deflected' | 'resolved',
) => points.reduce((total, point) => total + (point[field] ?? 0), 0);

function expectBounded(point: MetricPoint): void {
  const { total, deflected, noTouch, resolved, slaMet, slaTracked, reopened } =
    point;
  expect(noTouch!).toBeLessThanOrEqual(deflected);
  expect(deflected).toBeLessThanOrEqual(total);
  expect(resolved!).toBeLessThanOrEqual(total);
  expect(slaMet!).toBeLessThanOrEqual(slaTracked!);
  expect(slaTracked!).toBeLessThanOrEqual(total);
  expect(reopened!).toBeLessThanOrEqual(resolved!);
  const rates = [
    [point.deflectionRate, total],
    [point.noTouchRate, total],
    [point.resolutionRate, total],
    [point.slaAttainment, slaTracked],
    [point.reopenRate, resolved],
  ] as const;
  for (const [rate, whole] of rates) {
    if (whole === 0) expect(rate).toBeNull();
    else expect(rate).toBeGreaterThanOrEqual(0);
    if (rate !== null) expect(rate).toBeLessThanOrEqual(1);
  }
  if (resolved === 0) expect(point.mttrHours).toBeNull();
  else
    expect(point.medianResolutionHours!).toBeLessThanOrEqual(
      point.p90ResolutionHours!,
    );
}

describe(`${computeMetricPoints.name} (properties)`, () => {
  it('counts each request once, in weeks and in months alike, within bounds', () => {
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 80 }),
        fc.constantFrom(
          'UTC',
          'Europe/Paris',
          'America/New_York',
          'Asia/Tokyo',
        ),
        (requests, timeZone) => {
          const weeks = computeMetricPoints({
            requests,
            from: FROM,
            to: TO,
            grain: 'WEEK',
            timeZone,
          });
          const months = computeMetricPoints({
            requests,
            from: FROM,
            to: TO,
            grain: 'MONTH',
            timeZone,
          });
          expect(weeks).toHaveLength(26);
          expect(months).toHaveLength(7);
          expect(sum(weeks, 'total')).toBe(requests.length);
          expect(sum(months, 'total')).toBe(requests.length);
          expect(sum(weeks, 'deflected')).toBe(sum(months, 'deflected'));
          expect(sum(weeks, 'resolved')).toBe(
            requests.filter((r) => r.resolvedAt).length,
          );
          weeks.forEach(expectBounded);
          months.forEach(expectBounded);
        },
      ),
      { seed: 4_242, numRuns: 150 },
    );
  });
});
