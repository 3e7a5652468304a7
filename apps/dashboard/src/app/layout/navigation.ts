import { PATHS } from '../routing/paths';

/** A sidebar entry; `href` is null for a section that does not exist yet. */
export type NavItem = {
  label: string;
  href: string | null;
};

// Later work fills these sections; until then they are listed, disabled, so
// people see where the programme is going without reaching empty pages.
const UPCOMING_SECTIONS = [
  'Baseline',
  'Metrics',
  'Rollout',
  'Roadmap',
  'Business case',
  'Maturity',
  'Catalogue',
  'CoE',
  'Imports',
] as const;

/** The sidebar for an organisation (none chosen yet: nothing is a link). */
export function navigationFor(organizationId: string | undefined): NavItem[] {
  return [
    {
      label: 'Overview',
      href: organizationId ? PATHS.organization(organizationId) : null,
    },
    ...UPCOMING_SECTIONS.map((label) => ({ label, href: null })),
  ];
}
