/**
 * The share of the up-front budget spent on change management, at or below
 * which the case carries a warning: about 10 % is the reported average, and
 * under-funded change management is a common cause of failed adoption.
 */
export const CHANGE_MANAGEMENT_SHARE_WARNING = 0.1;

/**
 * `changeManagementCost / (oneTimeCosts + changeManagementCost)`, a fraction.
 * @returns null when both are 0 (no up-front budget to share).
 */
export function changeManagementShare({
  oneTimeCosts,
  changeManagementCost,
}: {
  oneTimeCosts: number;
  changeManagementCost: number;
}): number | null {
  const upFront = oneTimeCosts + changeManagementCost;
  return upFront === 0 ? null : changeManagementCost / upFront;
}
