import { PATHS } from '../routing/paths';

/** A sidebar entry; `href` is null for a section that does not exist yet. */
export type NavItem = {
  label: string;
  href: string | null;
};

// Later work fills these sections; until then they are listed, disabled, so
// people see where the programme is going without reaching empty pages.
const UPCOMING_SECTIONS = ['Metrics', 'Rollout', 'Roadmap'] as const;

/** The sidebar for an organisation (none chosen yet: nothing is a link). */
export function navigationFor(organizationId: string | undefined): NavItem[] {
  const link = (path: (id: string) => string) =>
    organizationId ? path(organizationId) : null;
  return [
    { label: 'Overview', href: link(PATHS.organization) },
    { label: 'Baseline', href: link(PATHS.baseline) },
    ...UPCOMING_SECTIONS.map((label) => ({ label, href: null })),
    { label: 'Business case', href: link(PATHS.businessCases) },
    { label: 'Maturity', href: link(PATHS.maturity) },
    { label: 'Catalogue', href: link(PATHS.catalogue) },
    { label: 'CoE', href: link(PATHS.coe) },
    { label: 'Imports', href: link(PATHS.imports) },
  ];
}

/**
 * Whether `item` is the section of `pathname`. Department pages belong to
 * the overview; every other section owns the paths under its own.
 */
export function isActiveItem(item: NavItem, pathname: string): boolean {
  if (!item.href) return false;
  if (pathname === item.href) return true;
  return item.label === 'Overview'
    ? pathname.startsWith(`${item.href}/departments/`)
    : pathname.startsWith(`${item.href}/`);
}
