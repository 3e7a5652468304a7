import type {
  CoeRole,
  EnhancementStatus,
} from '@esm-planner/dashboard-data-access-graphql';
import type { BadgeTone } from '@esm-planner/dashboard-ui';
import {
  COE_ROLE_LABELS,
  ENHANCEMENT_STATUS_LABELS,
} from '@esm-planner/shared-util-format';

// The shared dictionary, checked against the API's enums.
const ROLE_LABELS: Readonly<Record<CoeRole, string>> = COE_ROLE_LABELS;

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
  NEW: { label: ENHANCEMENT_STATUS_LABELS.NEW, tone: 'info' },
  ACCEPTED: { label: ENHANCEMENT_STATUS_LABELS.ACCEPTED, tone: 'progress' },
  DECLINED: { label: ENHANCEMENT_STATUS_LABELS.DECLINED, tone: 'neutral' },
  DONE: { label: ENHANCEMENT_STATUS_LABELS.DONE, tone: 'success' },
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
