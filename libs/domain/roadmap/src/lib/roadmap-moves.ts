import type { ScheduledDepartment } from './schedule-roadmap';

/** A department without a plan whose scheduled start a new plan moves. */
export type RoadmapMove = {
  departmentId: string;
  fromStart: string;
  toStart: string;
  fromGoLive: string;
  toGoLive: string;
};

/**
 * What creating a plan changes on the roadmap (domain §4: "the dashboard
 * shows which move, from and to, before the user confirms"): the
 * departments scheduled by the roadmap both before and after whose start
 * differs, in the roadmap's order after. The department that gets the plan
 * is not a move: the form shows its own date.
 */
export function roadmapMoves({
  before,
  after,
}: {
  before: readonly ScheduledDepartment[];
  after: readonly ScheduledDepartment[];
}): RoadmapMove[] {
  const previous = new Map(before.map((item) => [item.departmentId, item]));
  return after.flatMap((item) => {
    const was = previous.get(item.departmentId);
    if (
      !was ||
      was.source !== 'ROADMAP' ||
      item.source !== 'ROADMAP' ||
      was.startDate === item.startDate
    )
      return [];
    return [
      {
        departmentId: item.departmentId,
        fromStart: was.startDate,
        toStart: item.startDate,
        fromGoLive: was.goLiveDate,
        toGoLive: item.goLiveDate,
      },
    ];
  });
}
