import type { DepartmentKind } from '@esm-planner/domain-departments';
import {
  GateFacts,
  ItStabilityVerdict,
  nextPhase,
  phaseGate,
  RolloutPhase,
  startGate,
} from '@esm-planner/domain-rollout';

/** One gate as the roadmap shows it: its name, whether it holds, and why not. */
export type RoadmapGate = {
  /** START (the department may start its plan) or the phase the plan would enter next. */
  name: 'START' | RolloutPhase;
  holds: boolean;
  /** Every reason it does not hold, joined with "; "; null when it holds. */
  reason: string | null;
};

/**
 * The gates the roadmap shows for a department (domain §6: "for every gate,
 * whether it holds and why not"): the start gate (IT stability; IT always
 * holds), and, once the department has a plan that is not in its last
 * phase, the gate into its next phase.
 */
export function roadmapGates({
  kind,
  itStability,
  plan,
}: {
  kind: DepartmentKind;
  itStability: ItStabilityVerdict | null;
  plan: { currentPhase: RolloutPhase; facts: GateFacts } | null;
}): RoadmapGate[] {
  const start = startGate({ departmentKind: kind, itStability });
  const gates: RoadmapGate[] = [
    {
      name: 'START',
      holds: start.holds,
      reason: start.holds ? null : start.reasons.join('; '),
    },
  ];
  const next = plan ? nextPhase(plan.currentPhase) : null;
  if (plan && next) {
    const gate = phaseGate({ to: next, facts: plan.facts });
    gates.push({
      name: next,
      holds: gate.holds,
      reason: gate.holds ? null : gate.reasons.join('; '),
    });
  }
  return gates;
}
