import { DepartmentKind } from '@esm-planner/domain-departments';
import { RolloutPhase } from './rollout-phase';

/** Whether a transition may happen, and every reason it may not, in plain words. */
export type GateResult = { holds: boolean; reasons: string[] };

/** A catalogue item as far as the pilot gate cares (domain §7). */
export type GateCatalogItem = {
  name: string;
  owner?: string | null;
  slaTargetHours?: number | null;
};

/** What the API has loaded about the department when it asks for a gate. */
export type GateFacts = {
  hasBaselineAudit: boolean;
  serviceOwnerNamed: boolean;
  catalogItems: readonly GateCatalogItem[];
  /** Complete pilot weeks with metrics recorded for the department. */
  pilotWeeksWithMetrics: number;
};

/** Weeks of pilot metrics needed before full rollout (domain §4). */
export const MIN_PILOT_WEEKS = 2;

function result(reasons: string[]): GateResult {
  return { holds: reasons.length === 0, reasons };
}

function itemList(label: string, names: string[]): string[] {
  if (names.length === 0) return [];
  const noun = names.length === 1 ? 'catalogue item' : 'catalogue items';
  return [`${noun} ${label}: ${names.join(', ')}`];
}

// An owner of only spaces names nobody; an SLA target must be a positive
// number of hours (0 would make every request breach it at once).
function catalogueReasons(items: readonly GateCatalogItem[]): string[] {
  // A pilot of an empty catalogue pilots nothing, though "every item has an
  // owner" would hold vacuously.
  if (items.length === 0) return ['no catalogue items yet'];
  const withoutOwner = items.filter((item) => !item.owner?.trim());
  const withoutSla = items.filter(
    (item) =>
      typeof item.slaTargetHours !== 'number' ||
      !Number.isFinite(item.slaTargetHours) ||
      item.slaTargetHours <= 0,
  );
  return [
    ...itemList(
      'without an owner',
      withoutOwner.map((item) => item.name),
    ),
    ...itemList(
      'without an SLA target',
      withoutSla.map((item) => item.name),
    ),
  ];
}

function pilotReasons(weeks: number): string[] {
  if (weeks >= MIN_PILOT_WEEKS) return [];
  const recorded = Number.isFinite(weeks) ? Math.max(0, Math.floor(weeks)) : 0;
  const unit = recorded === 1 ? 'week' : 'weeks';
  return [
    `${recorded} ${unit} of pilot metrics recorded; ${MIN_PILOT_WEEKS} needed`,
  ];
}

/**
 * The gate into phase `to` (domain §4), listing every missing thing:
 * BUILD_AND_CONFIGURE needs a baseline audit and a named service owner;
 * PILOT_AND_MEASURE needs catalogue items, each with an owner and an SLA
 * target; FULL_ROLLOUT_AND_EXPAND needs 2 weeks of pilot metrics.
 * AUDIT_AND_DESIGN has no phase gate: starting a plan is startGate's job.
 * Each gate checks its own transition only; nextPhase keeps the order.
 */
export function phaseGate({
  to,
  facts,
}: {
  to: RolloutPhase;
  facts: GateFacts;
}): GateResult {
  switch (to) {
    case 'AUDIT_AND_DESIGN':
      return result([]);
    case 'BUILD_AND_CONFIGURE':
      return result([
        ...(facts.hasBaselineAudit ? [] : ['no baseline audit yet']),
        ...(facts.serviceOwnerNamed ? [] : ['no service owner named']),
      ]);
    case 'PILOT_AND_MEASURE':
      return result(catalogueReasons(facts.catalogItems));
    case 'FULL_ROLLOUT_AND_EXPAND':
      return result(pilotReasons(facts.pilotWeeksWithMetrics));
    default: {
      const unknown: never = to;
      throw new RangeError(`unknown phase: ${String(unknown)}`);
    }
  }
}

/** The IT-stability verdict the roadmap library computes (domain §6). */
export type ItStabilityVerdict = {
  stable: boolean;
  reasons: readonly string[];
};

/**
 * Whether a department may start its plan: IT always may (it is the first
 * department); any other kind only when IT is stable. A missing verdict
 * (no IT department, or no IT metrics yet) does not hold.
 */
export function startGate({
  departmentKind,
  itStability,
}: {
  departmentKind: DepartmentKind;
  itStability?: ItStabilityVerdict | null;
}): GateResult {
  if (departmentKind === 'IT') return result([]);
  if (!itStability) return result(['IT stability has not been assessed yet']);
  if (itStability.stable) return result([]);
  return result(['IT is not stable yet', ...itStability.reasons]);
}
