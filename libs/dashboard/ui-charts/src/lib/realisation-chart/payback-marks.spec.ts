import { paybackMarks } from './payback-marks';

const x = (month: number) => month * 10;

describe(paybackMarks.name, () => {
  it('marks both paybacks, the earlier one labelled left of its line', () => {
    expect(paybackMarks(7.9, 9.25, x)).toEqual([
      {
        key: 'planned',
        month: 7.9,
        x: 79,
        label: 'planned payback 7.9 months',
        shortLabel: 'plan 7.9',
        anchor: 'end',
      },
      {
        key: 'forecast',
        month: 9.25,
        x: 92.5,
        label: 'forecast payback 9.3 months',
        shortLabel: 'forecast 9.3',
        anchor: 'start',
      },
    ]);
  });

  it('swaps the sides when the forecast pays back first', () => {
    expect(paybackMarks(10, 6.5, x).map((m) => [m.key, m.anchor])).toEqual([
      ['planned', 'start'],
      ['forecast', 'end'],
    ]);
  });

  it('leaves out a payback outside the horizon', () => {
    expect(paybackMarks(null, 6.5, x).map((m) => [m.key, m.anchor])).toEqual([
      ['forecast', 'start'],
    ]);
    expect(paybackMarks(10, null, x).map((m) => [m.key, m.anchor])).toEqual([
      ['planned', 'end'],
    ]);
    expect(paybackMarks(null, null, x)).toEqual([]);
  });
});
