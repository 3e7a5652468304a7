import {
  itAnswersTheSameInEachZone,
  SEVEN_TIME_ZONES,
} from '@esm-planner/shared-testing';

// The kernel run in a child process per zone (the shared harness).

const WINDOWS = [
  ['2026-03-02', '2026-03-15'], // 14
  ['2026-03-05', '2026-03-11'], // 7, over the US spring change
  ['2026-03-26', '2026-04-01'], // 7, over the European spring change
  ['2026-10-22', '2026-10-28'], // 7, over the European autumn change
  ['2026-04-03', '2026-04-06'], // 4, over Santiago's change at midnight
  ['2024-02-28', '2024-03-01'], // 3, leap day
  ['2011-12-29', '2011-12-31'], // 3, Samoa's missing day
];
const DATES = ['2026-03-29', '2024-02-29', '2011-12-30', '2026-04-05'];

// Each window's days counted from both ends: by epoch days and by stepping
// addDays; months and working days through the kernel too.
const SCRIPT = `
const dates = require('./libs/shared/util-dates/src/index.ts');
const windows = ${JSON.stringify(WINDOWS)};
const days = ${JSON.stringify(DATES)};
const stepped = ([from, to]) => { let n = 1; for (let d = from; d !== to; d = dates.addDays({ date: d, days: 1 })) n += 1; return n; };
report({
  days: windows.map(([from, to]) => dates.toEpochDay(to) - dates.toEpochDay(from) + 1),
  stepped: windows.map(stepped),
  weekdays: days.map(dates.weekdayOf),
  nextMonths: days.map((d) => dates.formatEpochDay(dates.firstOfNextMonth(dates.toEpochDay(d)))),
  workingDays: windows.map(([from, to]) => dates.workingDayOrdinal(dates.toEpochDay(to)) - dates.workingDayOrdinal(dates.toEpochDay(from) - 1)),
  apiaDates: ['2011-12-30T09:59:59Z', '2011-12-30T10:00:00Z'].map((at) => dates.localDateOf(at, 'Pacific/Apia')),
});
`;

describe('plain dates in every time zone', () => {
  itAnswersTheSameInEachZone(
    'counts the same days in %s',
    SEVEN_TIME_ZONES,
    SCRIPT,
    {
      days: [14, 7, 7, 7, 4, 3, 3],
      stepped: [14, 7, 7, 7, 4, 3, 3],
      weekdays: ['Sunday', 'Thursday', 'Friday', 'Sunday'],
      nextMonths: ['2026-04-01', '2024-03-01', '2012-01-01', '2026-05-01'],
      // Mon 2 – Sun 15 March: 10; Thu 5 – Wed 11: 5; Thu 26 – Wed 1 April: 5; Thu 22 – Wed 28
      // October: 5; Fri 3 – Mon 6 April: 2; Wed 28 February – Fri 1 March 2024: 3; Thu 29 – Sat 31
      // December 2011: 2 (Friday the 30th counts: the calendar has it, whatever Samoa skipped).
      workingDays: [10, 5, 5, 5, 2, 3, 2],
      // Samoa's clocks went from 29 December 23:59:59 (UTC−10) to 31 December 00:00 (UTC+14).
      apiaDates: ['2011-12-29', '2011-12-31'],
    },
  );
});
