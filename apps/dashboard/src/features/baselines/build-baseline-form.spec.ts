import {
  builtSentence,
  defaultBuildWindow,
  sourceLabel,
  todayIn,
} from './build-baseline-form';

describe(todayIn.name, () => {
  // 2026-03-15T23:30Z is still Sunday 15 March in London, already Monday 16
  // March in Auckland (UTC+13) and Saturday evening in Los Angeles.
  const now = new Date('2026-03-15T23:30:00Z');
  it('is the date where the organisation is', () => {
    expect(todayIn('Europe/London', now)).toBe('2026-03-15');
    expect(todayIn('Pacific/Auckland', now)).toBe('2026-03-16');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-03-15');
  });
});

describe(defaultBuildWindow.name, () => {
  it('proposes the last two complete weeks where the organisation is', () => {
    const now = new Date('2026-03-15T23:30:00Z');
    // London: Sunday 15 March, its week not complete → 23 Feb – 8 Mar.
    expect(defaultBuildWindow('Europe/London', now)).toEqual({
      windowStart: '2026-02-23',
      windowEnd: '2026-03-08',
    });
    // Auckland: Monday 16 March → the two weeks that ended yesterday.
    expect(defaultBuildWindow('Pacific/Auckland', now)).toEqual({
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
  });
});

describe(builtSentence.name, () => {
  it('says how many of the department’s units it was built from, in its own word', () => {
    expect(
      builtSentence(
        {
          totalRequests: 672,
          windowStart: '2026-03-02',
          windowEnd: '2026-03-15',
        },
        'matter',
      ),
    ).toBe('Built from 672 matters opened 2 – 15 March 2026.');
    expect(
      builtSentence(
        {
          totalRequests: 1,
          windowStart: '2026-03-02',
          windowEnd: '2026-03-02',
        },
        'ticket',
      ),
    ).toBe('Built from 1 ticket opened 2 March 2026.');
  });
});

describe(sourceLabel.name, () => {
  it('names each source, and a mix for the organisation', () => {
    expect([
      sourceLabel('REQUESTS'),
      sourceLabel('AUDIT'),
      sourceLabel(null),
    ]).toEqual([
      'Request records',
      'Audit file',
      'Audit files and request records',
    ]);
  });
});
