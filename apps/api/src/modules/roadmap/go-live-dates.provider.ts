import { Injectable } from '@nestjs/common';
import { GoLiveDates, ScheduledGoLive } from '../../common/go-live-dates.port';
import { RoadmapService } from './roadmap.service';

/**
 * The GoLiveDates port (apps/api/src/common/go-live-dates.port.ts) from the
 * roadmap: a department's saved plan where it has one, else the roadmap's
 * schedule today (saved order and capacity).
 */
@Injectable()
export class RoadmapGoLiveDates implements GoLiveDates {
  constructor(private readonly roadmap: RoadmapService) {}

  async forOrganization(
    organizationId: string,
  ): Promise<Map<string, ScheduledGoLive>> {
    const roadmap = await this.roadmap.build(organizationId);
    return new Map(
      roadmap.items.map((item) => [
        item.department.id,
        {
          departmentId: item.department.id,
          planStart: item.startDate,
          goLiveDate: item.goLiveDate,
          source: item.source,
        },
      ]),
    );
  }
}
