import { PATHS } from '../routing/paths';

/** A sidebar entry; `href` is null for a section that does not exist yet. */
export type NavItem = {
  label: string;
  href: string | null;
};

/** The sidebar for an organisation (none chosen yet: nothing is a link). */
export function navigationFor(organizationId: string | undefined): NavItem[] {
  const link = (path: (id: string) => string) =>
    organizationId ? path(organizationId) : null;
  return [
    { label: 'Overview', href: link(PATHS.organization) },
    { label: 'Baseline', href: link(PATHS.baseline) },
    { label: 'Metrics', href: link(PATHS.metrics) },
    { label: 'Rollout', href: link(PATHS.rollouts) },
    { label: 'Roadmap', href: link(PATHS.roadmap) },
    { label: 'Business case', href: link(PATHS.businessCases) },
    { label: 'Maturity', href: link(PATHS.maturity) },
    { label: 'Catalogue', href: link(PATHS.catalogue) },
    { label: 'CoE', href: link(PATHS.coe) },
    { label: 'Imports', href: link(PATHS.imports) },
    { label: 'People', href: link(PATHS.people) },
    { label: 'Settings', href: link(PATHS.settings) },
  ];
}

/**
 * Whether `item` is the section of `pathname`. The department list and
 * department pages belong to the overview, except a department's rollout
 * page, which belongs to the Rollout section; every other section owns the
 * paths under its own.
 */
export function isActiveItem(item: NavItem, pathname: string): boolean {
  if (!item.href) return false;
  if (pathname === item.href) return true;
  const departmentRollout = /\/departments\/[^/]+\/rollout$/.test(pathname);
  if (item.label === 'Overview') {
    return (
      pathname === `${item.href}/departments` ||
      (pathname.startsWith(`${item.href}/departments/`) && !departmentRollout)
    );
  }
  if (item.label === 'Rollout' && departmentRollout) {
    return pathname.startsWith(
      item.href.replace(/\/rollout$/, '/departments/'),
    );
  }
  return pathname.startsWith(`${item.href}/`);
}
