import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itStability, ItWeekInput } from './it-stability';

// IT's weeks in the sample weekly file (tests/fixtures): deflection ramps from 0.09 in January to about 0.70 in March.
const SAMPLE_WEEKLY = join(
  __dirname,
  '../../../../../tests/fixtures/weekly-metrics-2026H1.csv',
);

// A plain split is a CSV parser only for a file without quoted fields.
function itWeeks(): ItWeekInput[] {
  const text = readFileSync(SAMPLE_WEEKLY, 'utf8');
  expect(text).not.toContain('"');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  expect(header).toBe(
    'department,week_start,total,deflected,no_touch,resolved',
  );
  return lines
    .map((line) => line.split(','))
    .filter(([department]) => department === 'IT')
    .map(([, weekStart, total, deflected]) => ({
      weekStart,
      total: Number(total),
      deflected: Number(deflected),
    }));
}

// Checked independently in Python (statistics.pstdev) on the same rows:
//
//  week        total deflected rate
//  2026-02-16   180     93   0.5167
//  2026-02-23   254    154   0.6063
//  2026-03-02   262    176   0.6718
//  2026-03-09   170    122   0.7176
//  2026-03-16   205    150   0.7317
//  2026-03-23   186    131   0.7043
//  2026-03-30   163    118   0.7239
//
// Sunday 5 April: the week of 30 March is not complete, so the window is
// 16 Feb – 23 March: mean 0.6580628426035747, std 0.0752458288953548 > 0.05.
// Monday 6 April: the window moves to 23 Feb – 30 March and drops the
// 0.5167 week: mean 0.6926061282204801, std 0.04312250794133931 ≤ 0.05.
// It is the first date on which IT is stable in this sample.
describe('itStability of the sample weekly file (tests/fixtures)', () => {
  it('is not stable on Sunday 2026-04-05: the deflection rate still moves too much', () => {
    const result = itStability({ asOf: '2026-04-05', weeks: itWeeks() });
    expect(result.stable).toBe(false);
    expect(result.meanDeflection).toBeCloseTo(0.6580628426035747, 12);
    expect(result.stdDeflection).toBeCloseTo(0.0752458288953548, 12);
    expect(result.reasons).toEqual(['standard deviation 0.075 > 0.05']);
  });

  it('is stable from Monday 2026-04-06', () => {
    const result = itStability({ asOf: '2026-04-06', weeks: itWeeks() });
    expect(result.stable).toBe(true);
    expect(result.meanDeflection).toBeCloseTo(0.6926061282204801, 12);
    expect(result.stdDeflection).toBeCloseTo(0.04312250794133931, 12);
    expect(
      result.weeks.map((week) => [week.weekStart, week.total, week.deflected]),
    ).toEqual([
      ['2026-02-23', 254, 154],
      ['2026-03-02', 262, 176],
      ['2026-03-09', 170, 122],
      ['2026-03-16', 205, 150],
      ['2026-03-23', 186, 131],
      ['2026-03-30', 163, 118],
    ]);
  });

  it('fails on 2 March on the mean too, shown with enough digits (0.396, not 0.40)', () => {
    // weeks of 19 Jan – 23 Feb: mean 0.39572329369193, std 0.13494271206974517
    const result = itStability({ asOf: '2026-03-02', weeks: itWeeks() });
    expect(result.reasons).toEqual([
      'mean deflection 0.396 < 0.40',
      'standard deviation 0.135 > 0.05',
    ]);
  });

  it('lacks data before the sixth week of the file', () => {
    expect(
      itStability({ asOf: '2026-02-10', weeks: itWeeks() }).reasons,
    ).toEqual([
      'only 5 complete weeks of data before 2026-02-10: no data for the week of 2025-12-29 (counted as 0 requests)',
    ]);
  });
});
