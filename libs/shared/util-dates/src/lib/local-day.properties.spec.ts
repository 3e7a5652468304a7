import fc from 'fast-check';
import { localEpochDayReader } from './local-day';
import { formatEpochDay } from './plain-date';

// The reader answers from offsets cached per zone and UTC day; it must give,
// for every instant, the date Intl shows for that instant alone. The instants
// are drawn around offset changes (where a cache by day could go wrong) and
// across decades.
const ZONES = [
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'America/Santiago', // changes at local midnight
  'Asia/Kolkata', // local midnight at 18:30 UTC, inside an hour
  'Australia/Lord_Howe', // half-hour DST
  'Asia/Kathmandu', // +05:45
  'Pacific/Apia', // skipped 2011-12-30
  'Pacific/Kiritimati',
];
const CHANGES = [
  Date.UTC(2026, 2, 29, 1), // Europe, spring
  Date.UTC(2026, 9, 25, 1), // Europe, autumn
  Date.UTC(2026, 2, 8, 7), // New York, spring
  Date.UTC(2026, 3, 5, 3), // Santiago, autumn, at local midnight
  Date.UTC(2026, 3, 4, 15), // Lord Howe, 02:00 → 01:30
  Date.UTC(2011, 11, 30, 10), // Apia's skipped day
];
const HOUR = 3_600_000;

const nearChange = fc
  .tuple(
    fc.constantFrom(...CHANGES),
    fc.integer({ min: -30 * HOUR, max: 30 * HOUR }),
  )
  .map(([change, delta]) => change + delta);
const anyTime = fc.integer({
  min: Date.UTC(1990, 0, 1),
  max: Date.UTC(2040, 0, 1),
});

/** The local date as Intl formats it: the independent answer. */
function intlDate(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(epochMs));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

describe(localEpochDayReader.name, () => {
  it('agrees with Intl for every instant, cached or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.oneof(nearChange, anyTime), {
          minLength: 1,
          maxLength: 60,
        }),
        (timeZone, instants) => {
          const read = localEpochDayReader(timeZone);
          // Twice, so the second pass answers from the cache.
          for (const epochMs of [...instants, ...instants]) {
            expect(formatEpochDay(read(epochMs))).toBe(
              intlDate(epochMs, timeZone),
            );
          }
        },
      ),
      { seed: 20_260_302, numRuns: 300 },
    );
  });

  it('refuses an unknown time zone at once, before any instant', () => {
    expect(() => localEpochDayReader('Not/AZone')).toThrow(RangeError);
  });
});
