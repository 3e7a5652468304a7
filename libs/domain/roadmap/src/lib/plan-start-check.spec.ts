import { checkPlanStart } from './plan-start-check';
import { scheduleRoadmap } from './schedule-roadmap';

const plan = (name: string, startDate: string, businessDays = false) => ({
  name,
  startDate,
  businessDays,
});
const names = (check: { overlapping: { name: string }[] }) =>
  check.overlapping.map((item) => item.name);

describe(checkPlanStart.name, () => {
  describe('the worked example of domain §4 (capacity 1)', () => {
    // IT from Monday 2026-01-05: day 61 = 01-05 + 60 days. January has 31 days, so 01-05 + 26 = 01-31,
    // + 28 more (February 2026) = 02-28, + 6 = 03-06. IT occupies the slot 5 January – 6 March.
    const itPlan = plan('IT', '2026-01-05');

    it('refuses HR on 1 March, which is day 56 of IT’s plan, and offers 7 March', () => {
      const check = checkPlanStart({
        startDate: '2026-03-01',
        businessDays: false,
        plans: [itPlan],
        maxConcurrentRollouts: 1,
      });
      // HR from 03-01: day 61 = 03-01 + 60 = 04-30. 1–6 March would hold two plans with room for one.
      expect(check).toMatchObject({
        start: '2026-03-01',
        goLive: '2026-04-30',
        fits: false,
        earliestStart: '2026-03-07',
      });
      expect(names(check)).toEqual(['IT']);
    });

    it('accepts HR on 7 March, the day after IT’s go-live, and names IT as no obstacle', () => {
      const check = checkPlanStart({
        startDate: '2026-03-07',
        businessDays: false,
        plans: [itPlan],
        maxConcurrentRollouts: 1,
      });
      // 03-07 + 60 = 05-06; IT's last slot day is 03-06, so nothing overlaps.
      expect(check).toMatchObject({
        start: '2026-03-07',
        goLive: '2026-05-06',
        end: '2026-06-04',
        fits: true,
        earliestStart: '2026-03-07',
      });
      expect(names(check)).toEqual([]);
    });

    it('refuses go-live day itself: day 61 still occupies the slot', () => {
      expect(
        checkPlanStart({
          startDate: '2026-03-06',
          businessDays: false,
          plans: [itPlan],
          maxConcurrentRollouts: 1,
        }).fits,
      ).toBe(false);
    });

    it('with no date HR starts on the roadmap’s date, 7 March, when IT is stable by then', () => {
      const [, hr] = scheduleRoadmap({
        asOf: '2026-02-10',
        itStableFrom: '2026-02-16',
        departments: [
          {
            departmentId: 'it',
            kind: 'IT',
            plan: { startDate: '2026-01-05', businessDays: false },
          },
          { departmentId: 'hr', kind: 'HR', plan: null },
        ],
      });
      expect(hr).toMatchObject({
        startDate: '2026-03-07',
        constraint: 'CAPACITY',
      });
      expect(
        checkPlanStart({
          startDate: hr.startDate,
          businessDays: false,
          plans: [itPlan],
          maxConcurrentRollouts: 1,
        }).fits,
      ).toBe(true);
    });

    it('refuses a start before IT’s whose 61 days run into IT’s plan', () => {
      // HR from 2025-11-10: 11-10 + 60 = 2026-01-09 (20 days left of November, 31 of December, 9 of January).
      const check = checkPlanStart({
        startDate: '2025-11-10',
        businessDays: false,
        plans: [itPlan],
        maxConcurrentRollouts: 1,
      });
      expect(check).toMatchObject({
        goLive: '2026-01-09',
        fits: false,
        earliestStart: '2026-03-07',
      });
      // 11-05 + 60 = 01-04: it ends the day before IT's day 1 and fits.
      expect(
        checkPlanStart({
          startDate: '2025-11-05',
          businessDays: false,
          plans: [itPlan],
          maxConcurrentRollouts: 1,
        }),
      ).toMatchObject({ goLive: '2026-01-04', fits: true });
    });
  });

  describe('capacity 2', () => {
    // IT occupies 2026-01-05 – 03-06; Finance from 02-01: + 27 = 02-28, + 31 = 03-31, + 2 = 04-02.
    const plans = [plan('IT', '2026-01-05'), plan('Finance', '2026-02-01')];

    it('accepts a second rollout beside one', () => {
      // HR from 01-10 holds to 03-11 (01-10 + 60); only IT overlaps it, so two rollouts at most: 2 ≤ 2.
      expect(
        checkPlanStart({
          startDate: '2026-01-10',
          businessDays: false,
          plans: [plans[0]],
          maxConcurrentRollouts: 2,
        }).fits,
      ).toBe(true);
    });

    it('counts the busiest day, not only day 1: Finance starting inside the window makes three', () => {
      // HR from 01-20 holds a slot to 03-21. On 01-20 IT alone runs (1 < 2), but from 02-01 IT and Finance do.
      const check = checkPlanStart({
        startDate: '2026-01-20',
        businessDays: false,
        plans,
        maxConcurrentRollouts: 2,
      });
      expect(check.fits).toBe(false);
      expect(names(check)).toEqual(['IT', 'Finance']);
      // Candidates: 01-20, 03-07 (after IT's go-live), 04-03 (after Finance's). From 03-07 only Finance overlaps (to 04-02): 1 < 2.
      expect(check.earliestStart).toBe('2026-03-07');
    });

    it('accepts 7 March, overlapping Finance alone', () => {
      const check = checkPlanStart({
        startDate: '2026-03-07',
        businessDays: false,
        plans,
        maxConcurrentRollouts: 2,
      });
      expect(check.fits).toBe(true);
      expect(names(check)).toEqual(['Finance']);
    });

    it('with capacity 1 the same plans push HR past Finance’s go-live, to 3 April', () => {
      expect(
        checkPlanStart({
          startDate: '2026-01-20',
          businessDays: false,
          plans,
          maxConcurrentRollouts: 1,
        }).earliestStart,
      ).toBe('2026-04-03');
    });
  });

  describe('business days', () => {
    // IT in business days from Monday 2026-03-09: day 61 is 60 working days = 12 weeks later, Monday 06-01.
    const itPlan = plan('IT', '2026-03-09', true);

    it('refuses a calendar plan on IT’s go-live and offers Tuesday 2 June', () => {
      expect(
        checkPlanStart({
          startDate: '2026-06-01',
          businessDays: false,
          plans: [itPlan],
          maxConcurrentRollouts: 1,
        }),
      ).toMatchObject({ fits: false, earliestStart: '2026-06-02' });
    });

    it('a business-day plan asked for Saturday 30 May begins Monday 1 June, IT’s go-live: refused', () => {
      expect(
        checkPlanStart({
          startDate: '2026-05-30',
          businessDays: true,
          plans: [itPlan],
          maxConcurrentRollouts: 1,
        }),
      ).toMatchObject({
        start: '2026-06-01',
        fits: false,
        earliestStart: '2026-06-02',
      });
    });

    it('counts the longer window of a business-day plan: Saturday 3 January fits in calendar days, not in working days', () => {
      // Calendar: 01-03 + 60 = 03-04 (28 days to 01-31, 28 of February, 4 of March), before IT's 03-09.
      expect(
        checkPlanStart({
          startDate: '2026-01-03',
          businessDays: false,
          plans: [itPlan],
          maxConcurrentRollouts: 1,
        }),
      ).toMatchObject({ goLive: '2026-03-04', fits: true });
      // Working days: day 1 is Monday 01-05, day 61 is 12 weeks later, Monday 03-30: into IT's plan.
      expect(
        checkPlanStart({
          startDate: '2026-01-03',
          businessDays: true,
          plans: [itPlan],
          maxConcurrentRollouts: 1,
        }),
      ).toMatchObject({
        start: '2026-01-05',
        goLive: '2026-03-30',
        fits: false,
        earliestStart: '2026-06-02',
      });
    });

    it('offers a working day when the first free day is a Saturday', () => {
      // Calendar IT from Monday 2026-01-05 goes live Friday 03-06; the slot frees Saturday 03-07,
      // and a business-day plan from then begins Monday 03-09.
      expect(
        checkPlanStart({
          startDate: '2026-03-02',
          businessDays: true,
          plans: [plan('IT', '2026-01-05')],
          maxConcurrentRollouts: 1,
        }).earliestStart,
      ).toBe('2026-03-09');
    });
  });

  it('counts plans already over capacity, and rejects a capacity below 1', () => {
    const crowded = [plan('IT', '2026-01-05'), plan('HR', '2026-02-14')];
    // Two plans already share 02-14 – 03-06; a third on 03-01 makes three with room for two.
    expect(
      checkPlanStart({
        startDate: '2026-03-01',
        businessDays: false,
        plans: crowded,
        maxConcurrentRollouts: 2,
      }).fits,
    ).toBe(false);
    expect(() =>
      checkPlanStart({
        startDate: '2026-03-01',
        businessDays: false,
        plans: crowded,
        maxConcurrentRollouts: 0,
      }),
    ).toThrow(RangeError);
  });
});
