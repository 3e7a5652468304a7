import { toCsv } from '@esm-planner/shared-util-csv';
import { DEPARTMENT_CSV, deflectionNeededText, ratioText, statusText } from './actuals-format';

describe('actuals in words', () => {
  it('says each status in words', () => {
    expect(['AHEAD', 'ON_TRACK', 'BEHIND', 'NOT_LIVE'].map((s) => statusText(s).label)).toEqual(['Ahead of plan', 'On track', 'Behind plan', 'Not live yet']);
  });

  it('gives the ratio as a share of plan, or says there is none', () => {
    expect(ratioText(0.934)).toBe('93.4% of plan');
    expect(ratioText(null)).toBe('no planned benefit yet');
  });

  it('words the deflection a department behind plan needs', () => {
    expect(deflectionNeededText('BEHIND', 0.6978, 0.68)).toBe('69.8% from now on (target 68.0%)');
    expect(deflectionNeededText('BEHIND', 1.3, 0.68)).toBe('cannot meet its plan within the horizon (would need 130.0%)');
    expect(deflectionNeededText('BEHIND', null, 0.68)).toBe('no month left to recover in');
    expect(deflectionNeededText('ON_TRACK', null, 0.68)).toBe('on plan: nothing to recover');
  });

  it('neutralises a department name that a spreadsheet would run as a formula', () => {
    const csv = toCsv(DEPARTMENT_CSV, [{ departmentId: 'x', name: '=HYPERLINK("http://evil")', status: 'BEHIND', realisationRatio: 0.5, plannedToDate: 10, realisedToDate: 5, deflectionNeeded: 0.7, months: [] }]);
    expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK`)).toBe(true);
  });
});
