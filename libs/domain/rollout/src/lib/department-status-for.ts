import { DepartmentStatus } from '@esm-planner/domain-departments';
import { RolloutPhase } from './rollout-phase';

const STATUS_BY_PHASE: Readonly<Record<RolloutPhase, DepartmentStatus>> = {
  AUDIT_AND_DESIGN: 'AUDITING',
  BUILD_AND_CONFIGURE: 'BUILDING',
  PILOT_AND_MEASURE: 'PILOTING',
  FULL_ROLLOUT_AND_EXPAND: 'LIVE',
};

/**
 * The department lifecycle status (domain §1) its plan implies: PLANNED
 * with no plan or before day 1 (currentPhase null), then AUDITING,
 * BUILDING, PILOTING, and LIVE from full rollout on or once the plan is
 * done (a plan finished early has still gone live).
 */
export function departmentStatusFor({
  currentPhase,
  planDone,
}: {
  currentPhase: RolloutPhase | null;
  planDone: boolean;
}): DepartmentStatus {
  if (planDone) return 'LIVE';
  return currentPhase === null ? 'PLANNED' : STATUS_BY_PHASE[currentPhase];
}
