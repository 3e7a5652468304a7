import {
  REALISATION_TABLE_HEADERS,
  realisationTableRow,
  realisationTooltip,
} from './realisation-month-text';

const month = (m: number) => ({
  month: m,
  x: 100,
  from: 80,
  to: 100,
  plannedBenefit: '£20,000',
  realisedBenefit: 'not complete yet',
  plannedCumulative: '-£40,000',
  forecastCumulative: '-£52,000',
  forecastY: 230,
});
const margin = { top: 20, right: 16, bottom: 36, left: 64 };

describe(realisationTooltip.name, () => {
  it("reads a month's benefits and cumulatives at its forecast point", () => {
    expect(realisationTooltip(month(5), margin)).toEqual({
      title: 'Month 5',
      lines: [
        { label: 'Planned benefit', value: '£20,000' },
        { label: 'Realised benefit', value: 'not complete yet' },
        { label: 'Planned cumulative', value: '-£40,000' },
        { label: 'Forecast cumulative', value: '-£52,000' },
      ],
      anchor: { x: 164, y: 250 },
    });
  });

  it('names month 0 the programme start, which has no benefit', () => {
    const start = realisationTooltip(month(0), margin);
    expect(start.title).toBe('Month 0 (programme start)');
    expect(start.lines.map((line) => line.label)).toEqual([
      'Planned cumulative',
      'Forecast cumulative',
    ]);
  });
});

describe(realisationTableRow.name, () => {
  it('gives a cell per header, in their order', () => {
    const row = realisationTableRow(month(5));
    expect(row).toEqual([
      '5',
      '£20,000',
      'not complete yet',
      '-£40,000',
      '-£52,000',
    ]);
    expect(row).toHaveLength(REALISATION_TABLE_HEADERS.length);
  });
});
