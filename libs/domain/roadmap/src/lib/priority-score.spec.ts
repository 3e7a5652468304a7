import { defaultSequence, roadmapSequence } from './default-sequence';
import { priorityScore } from './priority-score';

describe(priorityScore.name, () => {
  it('divides the benefit by 1 + informal share', () => {
    // 60,000 / (1 + 0.5) = 40,000
    expect(priorityScore({ annualNetBenefit: 60000, informalShare: 0.5 })).toBe(
      40000,
    );
    // all informal: 60,000 / 2 = 30,000
    expect(priorityScore({ annualNetBenefit: 60000, informalShare: 1 })).toBe(
      30000,
    );
  });

  it('counts an unknown informal share as no extra effort', () => {
    expect(priorityScore({ annualNetBenefit: 1800, informalShare: null })).toBe(
      1800,
    );
  });

  it('is null without a benefit', () => {
    expect(
      priorityScore({ annualNetBenefit: null, informalShare: 0.3 }),
    ).toBeNull();
  });

  it('rejects a share outside [0, 1] and a negative benefit', () => {
    expect(() =>
      priorityScore({ annualNetBenefit: 1, informalShare: 1.5 }),
    ).toThrow(RangeError);
    expect(() =>
      priorityScore({ annualNetBenefit: -1, informalShare: 0 }),
    ).toThrow(RangeError);
  });
});

describe(defaultSequence.name, () => {
  const departments = [
    {
      id: 'd-legal',
      name: 'Legal',
      kind: 'LEGAL' as const,
      priorityScore: 40000,
    },
    {
      id: 'd-fac',
      name: 'Facilities',
      kind: 'FACILITIES' as const,
      priorityScore: null,
    },
    { id: 'd-hr', name: 'HR', kind: 'HR' as const, priorityScore: 10 },
    {
      id: 'd-fin',
      name: 'Finance',
      kind: 'FINANCE' as const,
      priorityScore: 52000,
    },
    {
      id: 'd-sec',
      name: 'Security',
      kind: 'SECURITY' as const,
      priorityScore: 40000,
    },
    { id: 'd-it', name: 'IT', kind: 'IT' as const, priorityScore: 0 },
  ];

  it('puts IT, then HR, then the rest by score (ties by name, unknown last)', () => {
    // HR's low score does not move it: the second place is fixed.
    expect(defaultSequence({ departments }).map((d) => d.name)).toEqual([
      'IT',
      'HR',
      'Finance',
      'Legal',
      'Security',
      'Facilities',
    ]);
  });

  it('does not depend on the input order', () => {
    expect(
      defaultSequence({ departments: [...departments].reverse() }),
    ).toEqual(defaultSequence({ departments }));
  });

  it('keeps the saved order, drops unknown ids and appends new departments in default order', () => {
    const order = roadmapSequence({
      departments,
      savedOrder: ['d-it', 'd-legal', 'gone', 'd-hr', 'd-legal'],
    });
    expect(order.map((d) => d.id)).toEqual([
      'd-it',
      'd-legal',
      'd-hr',
      'd-fin',
      'd-sec',
      'd-fac',
    ]);
  });
});
