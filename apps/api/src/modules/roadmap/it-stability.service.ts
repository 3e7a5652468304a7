import { Injectable } from '@nestjs/common';
import { periodStartOfDate } from '@esm-planner/domain-metrics';
import { addDays } from '@esm-planner/shared-util-dates';
import {
  itStability,
  ItStability,
  itStableFrom,
  ItStableFrom,
  ItStabilityThresholds,
  IT_STABILITY_WEEKS,
} from '@esm-planner/domain-roadmap';
import { MetricsService } from '../metrics/metrics.service';

export type ItStabilityAssessment = {
  itDepartmentId: string | null;
  /** Null when the organisation has no IT department. */
  stability: ItStability | null;
  /** When non-IT plans may start; a projection while IT is not stable. */
  stableFrom: ItStableFrom;
};

/**
 * IT stability (domain §6) from IT's weekly serviceMetrics: the last six
 * complete weeks before asOf, judged against the organisation's thresholds.
 * Weeks with no data at all (source NONE) are left out, so the gate names
 * them as missing rather than as weeks of 0 requests. With several IT
 * departments the first by name is judged.
 */
@Injectable()
export class ItStabilityService {
  constructor(private readonly metrics: MetricsService) {}

  async assess({
    itDepartmentId,
    asOf,
    thresholds,
  }: {
    itDepartmentId: string | null;
    asOf: string;
    thresholds: ItStabilityThresholds;
  }): Promise<ItStabilityAssessment> {
    if (!itDepartmentId) {
      return {
        itDepartmentId: null,
        stability: null,
        stableFrom: itStableFrom({ asOf, weeks: [], thresholds }),
      };
    }
    const monday = periodStartOfDate({ date: asOf, grain: 'WEEK' });
    const points = await this.metrics.serviceMetrics({
      departmentId: itDepartmentId,
      from: addDays({ date: monday, days: -7 * IT_STABILITY_WEEKS }),
      to: asOf,
      grain: 'WEEK',
    });
    const weeks = points
      .filter((point) => point.source !== 'NONE')
      .map((point) => ({
        weekStart: point.periodStart,
        total: point.total,
        deflected: point.deflected,
      }));
    return {
      itDepartmentId,
      stability: itStability({ asOf, weeks, thresholds }),
      stableFrom: itStableFrom({ asOf, weeks, thresholds }),
    };
  }
}
