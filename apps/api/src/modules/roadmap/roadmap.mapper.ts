import { ItStabilityThresholds } from '@esm-planner/domain-roadmap';
import { ItStabilityReport } from './dto/roadmap.object';
import { RoadmapSettings as RoadmapSettingsObject } from './dto/roadmap-settings.object';
import { ItStabilityAssessment } from './it-stability.service';
import { RoadmapSettings } from './roadmap-settings.service';

function thresholdsReport(thresholds: ItStabilityThresholds) {
  return {
    minWeeklyRequests: thresholds.minRequestsPerWeek,
    minMeanDeflection: thresholds.minMeanDeflection,
    maxStdDeviation: thresholds.maxStdDeflection,
  };
}

export function toItStabilityReport(
  assessment: ItStabilityAssessment,
  asOf: string,
  thresholds: ItStabilityThresholds,
): ItStabilityReport {
  const { stability, stableFrom } = assessment;
  if (!stability) {
    return {
      departmentId: null,
      stable: false,
      asOf,
      meanDeflection: null,
      stdDeflection: null,
      weeks: [],
      reasons: ['the organisation has no IT department'],
      thresholds: thresholdsReport(thresholds),
      stableFrom: stableFrom.date,
      stableFromNote: stableFrom.note,
    };
  }
  return {
    departmentId: assessment.itDepartmentId,
    stable: stability.stable,
    asOf: stability.asOf,
    meanDeflection: stability.meanDeflection,
    stdDeflection: stability.stdDeflection,
    weeks: stability.weeks,
    reasons: stability.reasons,
    thresholds: thresholdsReport(stability.thresholds),
    stableFrom: stableFrom.date,
    stableFromNote: stableFrom.note,
  };
}

export function toSettingsObject(
  settings: RoadmapSettings,
): RoadmapSettingsObject {
  return {
    organizationId: settings.organizationId,
    maxConcurrentRollouts: settings.maxConcurrentRollouts,
    stabilityMinWeeklyRequests: settings.thresholds.minRequestsPerWeek,
    stabilityMinMeanDeflection: settings.thresholds.minMeanDeflection,
    stabilityMaxStdDeviation: settings.thresholds.maxStdDeflection,
    loadedHourlyCost: settings.loadedHourlyCost,
    order: settings.order,
  };
}
