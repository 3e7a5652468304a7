import { coeCoverage, coeRoster } from './coe';
import { enhancementProblems, rankEnhancements } from './enhancement-request';

describe(rankEnhancements.name, () => {
  const request = (
    id: string,
    value: number,
    effort: number,
    createdAt: string,
    status = 'NEW' as const,
  ) => ({ id, value, effort, createdAt, status });

  it('ranks open requests by value ÷ effort, ties by age, closed ones after', () => {
    const ranked = rankEnhancements([
      request('a', 6, 3, '2026-03-01T00:00:00Z'), // 2
      request('b', 9, 3, '2026-05-01T00:00:00Z'), // 3
      request('c', 4, 2, '2026-02-01T00:00:00Z'), // 2, older than a
      {
        ...request('d', 10, 1, '2026-01-01T00:00:00Z'),
        status: 'DECLINED' as const,
      },
      {
        ...request('e', 2, 4, '2026-06-01T00:00:00Z'),
        status: 'ACCEPTED' as const,
      }, // 0.5
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
      ['e', 4],
      ['d', null],
    ]);
    expect(ranked[0].ratio).toBe(3);
  });
});

describe(enhancementProblems.name, () => {
  const draft = {
    title: 'Bulk leave upload',
    value: 5,
    effort: 3,
    status: 'NEW' as const,
  };

  it('accepts a new request', () =>
    expect(enhancementProblems(draft, null)).toEqual([]));

  it('needs a reason to decline, and keeps DECLINED and DONE final', () => {
    expect(
      enhancementProblems({ ...draft, status: 'DECLINED' }, 'NEW'),
    ).toEqual([
      { field: 'declineReason', message: 'a declined request needs a reason' },
    ]);
    expect(
      enhancementProblems(
        { ...draft, status: 'DECLINED', declineReason: 'out of scope' },
        'NEW',
      ),
    ).toEqual([]);
    expect(
      enhancementProblems({ ...draft, status: 'NEW' }, 'DECLINED')[0].field,
    ).toBe('status');
    expect(
      enhancementProblems({ ...draft, status: 'ACCEPTED' }, 'DONE')[0].field,
    ).toBe('status');
    expect(
      enhancementProblems({ ...draft, status: 'DONE' }, 'NEW')[0].field,
    ).toBe('status');
    expect(
      enhancementProblems({ ...draft, status: 'DONE' }, 'ACCEPTED'),
    ).toEqual([]);
  });

  it('names bad values', () => {
    const problems = enhancementProblems(
      { title: '', value: 0, effort: 11, status: 'ACCEPTED' },
      null,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'value',
      'effort',
      'status',
    ]);
  });
});

describe(coeCoverage.name, () => {
  it('counts roles with at least one assignee out of seven', () => {
    const roster = coeRoster([
      { role: 'TEAM', assignee: 'Zoe' },
      { role: 'TEAM', assignee: 'Al' },
      { role: 'REPORTING', assignee: 'Kim' },
    ]);
    expect(roster).toHaveLength(7);
    expect(roster[0]).toEqual({ role: 'TEAM', assignees: ['Al', 'Zoe'] });
    expect(coeCoverage(roster)).toBeCloseTo(2 / 7, 12);
    expect(coeCoverage(coeRoster([]))).toBe(0);
  });
});
