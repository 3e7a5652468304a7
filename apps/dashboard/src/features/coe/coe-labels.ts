import type {
  CoeRole,
  EnhancementStatus,
} from '@esm-planner/dashboard-data-access-graphql';
import type { BadgeTone } from '@esm-planner/dashboard-ui';

const ROLE_LABELS: Readonly<Record<CoeRole, string>> = {
  TEAM: 'Team',
  COMMUNICATIONS: 'Communications',
  TRAINING: 'Training',
  PRODUCT_OWNER: 'Product owner',
  DEVELOPMENT: 'Development',
  MAINTENANCE: 'Maintenance',
  REPORTING: 'Reporting',
};

// What each function does, from the background guide's CoE roles.
const ROLE_DUTIES: Readonly<Record<CoeRole, string>> = {
  TEAM: 'A dedicated team, ideally outside IT but with IT staff',
  COMMUNICATIONS:
    'Announces releases and promotes adoption, ideally through executives',
  TRAINING: 'Ongoing training; grows new change champions',
  PRODUCT_OWNER: 'Scopes, prioritises and assigns requests and enhancements',
  DEVELOPMENT: 'Builds, tests and releases',
  MAINTENANCE: 'Runs the platform and its upgrades',
  REPORTING: 'Ongoing value metrics',
};

export function roleLabel(role: CoeRole): string {
  return ROLE_LABELS[role];
}

export function roleDuty(role: CoeRole): string {
  return ROLE_DUTIES[role];
}

const STATUS: Readonly<
  Record<EnhancementStatus, { label: string; tone: BadgeTone }>
> = {
  NEW: { label: 'New', tone: 'info' },
  ACCEPTED: { label: 'Accepted', tone: 'progress' },
  DECLINED: { label: 'Declined', tone: 'neutral' },
  DONE: { label: 'Done', tone: 'success' },
};

export function statusLabel(status: EnhancementStatus): string {
  return STATUS[status].label;
}

export function statusTone(status: EnhancementStatus): BadgeTone {
  return STATUS[status].tone;
}

/** The decisions the product owner may take from a status (DECLINED and DONE are final). */
export function nextDecisions(status: EnhancementStatus): EnhancementStatus[] {
  if (status === 'NEW') return ['ACCEPTED', 'DECLINED'];
  if (status === 'ACCEPTED') return ['DONE', 'DECLINED'];
  return [];
}
