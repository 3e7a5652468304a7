import fc from 'fast-check';
import { toEpochDay } from '@esm-planner/shared-util-dates';
import { formatEpochDay, isWorkingDay } from '@esm-planner/shared-util-dates';
import { dayNumber, phaseDates, planDayDate } from './plan-calendar';
import { PHASE_DAYS, ROLLOUT_PHASES, phaseForDay } from './rollout-phase';

const day = (value: string) => toEpochDay(value)!;

// Any date from 1990 to 2100, so leap years, 2000 and 2100 come up.
const plainDate = fc
  .integer({ min: day('1990-01-01'), max: day('2100-12-31') })
  .map(formatEpochDay);
const calendar = fc.record({
  startDate: plainDate,
  businessDays: fc.boolean(),
});

describe('plan calendar properties', () => {
  it('lays the phases end to end: ordered, contiguous, non-overlapping', () => {
    fc.assert(
      fc.property(calendar, (plan) => {
        const phases = phaseDates(plan);
        expect(phases.map((p) => p.name)).toEqual([...ROLLOUT_PHASES]);
        phases.forEach((phase, i) => {
          expect(day(phase.startDate)).toBeLessThanOrEqual(day(phase.endDate));
          if (i === 0) return;
          const gapStart = day(phases[i - 1].endDate) + 1;
          const next = day(phase.startDate);
          expect(next).toBeGreaterThanOrEqual(gapStart);
          // Calendar plans leave no gap; business plans only skip weekends.
          for (let d = gapStart; d < next; d += 1) {
            expect(plan.businessDays && !isWorkingDay(d)).toBe(true);
          }
        });
      }),
      { seed: 20260302, numRuns: 500 },
    );
  });

  it('gives each phase’s first and last date its own day numbers', () => {
    fc.assert(
      fc.property(calendar, (plan) => {
        for (const phase of phaseDates(plan)) {
          const { firstDay, lastDay } = PHASE_DAYS[phase.name];
          expect(dayNumber({ ...plan, asOf: phase.startDate })).toBe(firstDay);
          expect(dayNumber({ ...plan, asOf: phase.endDate })).toBe(lastDay);
          expect(phaseForDay(firstDay)).toBe(phase.name);
        }
      }),
      { seed: 90, numRuns: 500 },
    );
  });

  it('numbers days upward with asOf: strictly in calendar days and on working days', () => {
    fc.assert(
      fc.property(
        calendar,
        plainDate,
        fc.integer({ min: 1, max: 400 }),
        (plan, asOf, step) => {
          const later = formatEpochDay(day(asOf) + step);
          const before = dayNumber({ ...plan, asOf });
          const after = dayNumber({ ...plan, asOf: later });
          if (!plan.businessDays) return after - before === step;
          // A weekend repeats the Friday's number; a later weekday is higher.
          return isWorkingDay(day(later)) ? after > before : after >= before;
        },
      ),
      { seed: 61, numRuns: 1000 },
    );
  });

  it('makes planDayDate and dayNumber inverses', () => {
    fc.assert(
      fc.property(calendar, fc.integer({ min: -200, max: 400 }), (plan, n) => {
        const date = planDayDate({ ...plan, day: n });
        return dayNumber({ ...plan, asOf: date }) === n;
      }),
      { seed: 15, numRuns: 1000 },
    );
  });
});
