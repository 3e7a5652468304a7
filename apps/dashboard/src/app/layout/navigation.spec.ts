import { isActiveItem, navigationFor } from './navigation';

describe(navigationFor.name, () => {
  it('links every section of the organisation', () => {
    const links = navigationFor('org-1').filter((item) => item.href !== null);
    expect(links).toEqual([
      { label: 'Overview', href: '/organizations/org-1' },
      { label: 'Baseline', href: '/organizations/org-1/baseline' },
      { label: 'Metrics', href: '/organizations/org-1/metrics' },
      { label: 'Rollout', href: '/organizations/org-1/rollout' },
      { label: 'Roadmap', href: '/organizations/org-1/roadmap' },
      { label: 'Business case', href: '/organizations/org-1/business-cases' },
      { label: 'Maturity', href: '/organizations/org-1/maturity' },
      { label: 'Catalogue', href: '/organizations/org-1/catalogue' },
      { label: 'CoE', href: '/organizations/org-1/coe' },
      { label: 'Imports', href: '/organizations/org-1/imports' },
      { label: 'People', href: '/organizations/org-1/people' },
      { label: 'Settings', href: '/organizations/org-1/settings' },
    ]);
  });

  it('has no section still to come', () => {
    expect(navigationFor('org-1').filter((item) => item.href === null)).toEqual(
      [],
    );
  });

  it('keeps the order of the sidebar', () => {
    expect(navigationFor('org-1').map((item) => item.label)).toEqual([
      'Overview',
      'Baseline',
      'Metrics',
      'Rollout',
      'Roadmap',
      'Business case',
      'Maturity',
      'Catalogue',
      'CoE',
      'Imports',
      'People',
      'Settings',
    ]);
  });

  it('links nothing before an organisation is chosen', () => {
    expect(navigationFor(undefined).every((item) => item.href === null)).toBe(
      true,
    );
  });
});

describe(isActiveItem.name, () => {
  const [overview, baseline, metrics] = navigationFor('org-1');
  const [rollout, roadmap] = navigationFor('org-1').slice(3, 5);
  const imports = navigationFor('org-1')[9];
  const maturity = navigationFor('org-1')[6];

  it.each([
    ['/organizations/org-1', 'Overview'],
    ['/organizations/org-1/departments', 'Overview'],
    ['/organizations/org-1/departments/d-1', 'Overview'],
    ['/organizations/org-1/baseline', 'Baseline'],
    ['/organizations/org-1/metrics', 'Metrics'],
    ['/organizations/org-1/imports', 'Imports'],
    ['/organizations/org-1/maturity', 'Maturity'],
    ['/organizations/org-1/rollout', 'Rollout'],
    ['/organizations/org-1/departments/d-1/rollout', 'Rollout'],
    ['/organizations/org-1/roadmap', 'Roadmap'],
  ])('marks %s as %s only', (pathname, label) => {
    const active = [
      overview,
      baseline,
      metrics,
      rollout,
      roadmap,
      maturity,
      imports,
    ].filter((item) => isActiveItem(item, pathname));
    expect(active.map((item) => item.label)).toEqual([label]);
  });

  it('marks nothing for a section without a page', () => {
    expect(
      isActiveItem({ label: 'Metrics', href: null }, '/organizations/org-1'),
    ).toBe(false);
  });
});
