import {
  benchmarkSentence,
  formatMoney,
  formatPayback,
  sourceBadge,
} from './case-format';

describe('business-case formatting', () => {
  it('formats money in the organisation currency, whole units', () => {
    expect(formatMoney(1_968_520.64, 'GBP')).toBe('£1,968,521');
    expect(formatMoney(-135_000, 'USD')).toBe('-US$135,000');
    expect(formatMoney(null, 'GBP')).toBe('—');
  });

  it('says when a case does not pay back', () => {
    expect(formatPayback(7.928)).toBe('7.9 months');
    expect(formatPayback(null)).toBe('not within the horizon');
  });

  it('labels sources and benchmark positions', () => {
    expect(sourceBadge('AUDIT')).toEqual({ label: 'Audit', tone: 'info' });
    expect(sourceBadge('MEASURED')).toEqual({
      label: 'Measured',
      tone: 'success',
    });
    expect(sourceBadge('ASSUMPTION').tone).toBe('warning');
    expect(benchmarkSentence('WITHIN')).toContain('within the 14–22 months');
  });
});
