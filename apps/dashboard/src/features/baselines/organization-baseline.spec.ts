import {
  comparisonDescription,
  orderDepartments,
} from './organization-baseline';

describe(orderDepartments.name, () => {
  it('puts audited departments first, the busiest first, then the rest by name', () => {
    const ordered = orderDepartments([
      { name: 'Legal', baseline: null },
      { name: 'HR', baseline: { monthlyVolume: 4000 } },
      { name: 'Facilities', baseline: null },
      { name: 'IT', baseline: { monthlyVolume: 5000 } },
    ]);
    expect(ordered.map((d) => d.name)).toEqual([
      'IT',
      'HR',
      'Facilities',
      'Legal',
    ]);
  });
});

describe(comparisonDescription.name, () => {
  it('reads out the informal share of each department', () => {
    expect(
      comparisonDescription([
        { name: 'IT', baseline: { informalShare: 0.6118 } },
        { name: 'HR', baseline: { informalShare: null } },
      ]),
    ).toBe(
      'Each department’s requests by channel, as shares of 100%; informal channels on the left. Informal share: IT 61.2%, HR —.',
    );
  });

  it('says when nothing is audited', () => {
    expect(comparisonDescription([])).toBe('No department has an audit yet.');
  });
});
