import type { DepartmentRealisation } from './value-realisation';

/** A department flagged on the programme overview (domain §9, last paragraph). */
export type BehindPlan = {
  departmentId: string | null;
  name: string;
  realisationRatio: number;
  /** Complete months in which the case planned a benefit for it. */
  monthsWithPlannedBenefit: number;
  /** The deflection it would need in every month still to come to deliver its plan; null when no rate can. */
  deflectionNeeded: number | null;
  plannedToDate: number;
  realisedToDate: number;
};

/** Two complete months of planned benefit before a BEHIND status is worth flagging: one month is noise. */
export const BEHIND_AFTER_MONTHS = 2;

/**
 * The departments BEHIND after at least two complete months of planned
 * benefit, worst ratio first (ties by name), as the overview lists them.
 */
export function behindPlan({
  departments,
}: {
  departments: readonly DepartmentRealisation[];
}): BehindPlan[] {
  return departments
    .flatMap((department): BehindPlan[] => {
      if (
        department.status !== 'BEHIND' ||
        department.realisationRatio === null
      )
        return [];
      const monthsWithPlannedBenefit = department.months.filter(
        (month) => month.realisedBenefit !== null && month.plannedBenefit > 0,
      ).length;
      if (monthsWithPlannedBenefit < BEHIND_AFTER_MONTHS) return [];
      return [
        {
          departmentId: department.departmentId,
          name: department.name,
          realisationRatio: department.realisationRatio,
          monthsWithPlannedBenefit,
          deflectionNeeded: department.deflectionNeeded,
          plannedToDate: department.plannedToDate,
          realisedToDate: department.realisedToDate,
        },
      ];
    })
    .sort(
      (a, b) =>
        a.realisationRatio - b.realisationRatio || a.name.localeCompare(b.name),
    );
}
