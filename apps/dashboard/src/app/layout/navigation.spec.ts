import { navigationFor } from './navigation';

describe(navigationFor.name, () => {
  it('links the overview of the chosen organisation', () => {
    expect(navigationFor('org-1')[0]).toEqual({
      label: 'Overview',
      href: '/organizations/org-1',
    });
  });

  it('lists the sections still to come, in order, without links', () => {
    const upcoming = navigationFor('org-1').slice(1);
    expect(upcoming.map((item) => item.label)).toEqual([
      'Baseline',
      'Metrics',
      'Rollout',
      'Roadmap',
      'Business case',
      'Maturity',
      'Catalogue',
      'CoE',
      'Imports',
    ]);
    expect(upcoming.every((item) => item.href === null)).toBe(true);
  });

  it('links nothing before an organisation is chosen', () => {
    expect(navigationFor(undefined).every((item) => item.href === null)).toBe(
      true,
    );
  });
});
