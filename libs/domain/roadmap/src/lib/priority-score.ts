/**
 * A department's priority on the roadmap (domain §6):
 *   projected annual net benefit ÷ (1 + informalShare-weighted effort).
 * The data model has no separate effort estimate, so the effort of bringing
 * a department onto the platform is its **informal share** (the fraction of
 * its requests that arrive by e-mail, phone, chat or walk-up, from its
 * audit): those are the habits the rollout has to change. The divisor is
 * therefore in [1, 2] — a department whose requests all arrive informally
 * needs twice the benefit to rank level with one already on a portal.
 * Null when the benefit is unknown (no audit yet); an unknown informal
 * share counts as 0 extra effort, so it neither helps nor hurts.
 */
export function priorityScore({
  annualNetBenefit,
  informalShare,
}: {
  annualNetBenefit: number | null;
  informalShare: number | null;
}): number | null {
  if (annualNetBenefit === null) return null;
  if (!Number.isFinite(annualNetBenefit) || annualNetBenefit < 0) {
    throw new RangeError(
      `annualNetBenefit must be a number ≥ 0, got ${annualNetBenefit}`,
    );
  }
  const effort = informalShare ?? 0;
  if (!Number.isFinite(effort) || effort < 0 || effort > 1) {
    throw new RangeError(
      `informalShare must be a fraction in [0, 1], got ${effort}`,
    );
  }
  return annualNetBenefit / (1 + effort);
}
