import { toCsv } from '@esm-planner/shared-util-csv';
import {
  behindSentence,
  DEPARTMENT_CSV,
  deflectionNeededText,
  ratioText,
  signedMoney,
  statusText,
} from './actuals-format';

describe('actuals in words', () => {
  it('says each status in words', () => {
    expect(
      ['AHEAD', 'ON_TRACK', 'BEHIND', 'NOT_LIVE'].map(
        (s) => statusText(s).label,
      ),
    ).toEqual(['Ahead of plan', 'On track', 'Behind plan', 'Not live yet']);
  });

  it('gives the ratio as a percentage, or a dash before go-live', () => {
    expect(ratioText(0.934)).toBe('93.4%');
    expect(ratioText(null)).toBe('—');
  });

  it('writes negative money with a minus sign that does not break from the figure', () => {
    expect(signedMoney(-186_363.2, 'GBP')).toBe('\u2212£186,363');
    expect(signedMoney(1_000, 'GBP')).toBe('£1,000');
  });

  it('words the deflection a department behind plan needs', () => {
    expect(deflectionNeededText('BEHIND', 0.6978, 0.68)).toBe(
      '69.8% from now on (target 68.0%)',
    );
    expect(deflectionNeededText('BEHIND', 1.3, 0.68)).toBe(
      'cannot meet its plan within the horizon (would need 130.0%)',
    );
    expect(deflectionNeededText('BEHIND', null, 0.68)).toBe(
      'no month left to recover in',
    );
    expect(deflectionNeededText('ON_TRACK', null, 0.68)).toBe(
      'nothing to recover',
    );
    expect(deflectionNeededText('NOT_LIVE', null, 0.68)).toBe('—');
  });

  it('says in one sentence what a department behind plan needs', () => {
    const hr = { name: 'HR', realisationRatio: 0.5674, deflectionNeeded: 0.69 };
    expect(behindSentence(hr, 0.68)).toBe(
      'HR is behind plan at 56.7% of its planned benefit; to meet its plan it would need to deflect 69.0% of its requests in every month from now on (target 68.0%).',
    );
    expect(behindSentence({ ...hr, deflectionNeeded: 1.25 }, 0.68)).toBe(
      'HR is behind plan at 56.7% of its planned benefit; its plan is out of reach within the horizon (it would need to deflect 125.0% of its requests).',
    );
    expect(behindSentence({ ...hr, deflectionNeeded: null }, 0.68)).toBe(
      'HR is behind plan at 56.7% of its planned benefit; no month is left to recover in.',
    );
  });

  it('neutralises a department name that a spreadsheet would run as a formula', () => {
    const csv = toCsv(DEPARTMENT_CSV, [
      {
        departmentId: 'x',
        name: '=HYPERLINK("http://evil")',
        status: 'BEHIND',
        realisationRatio: 0.5,
        plannedToDate: 10,
        realisedToDate: 5,
        deflectionNeeded: 0.7,
        months: [],
      },
    ]);
    expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK`)).toBe(true);
  });
});
