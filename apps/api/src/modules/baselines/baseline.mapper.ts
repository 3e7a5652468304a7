import { AuditEntity } from '@esm-planner/api-data-access-db';
import {
  isBaselineSource,
  type BaselineSource,
  type DepartmentBaseline,
} from '@esm-planner/domain-audit';
import { Baseline } from './dto/baseline.object';

/** The audit's source as stored (AUDIT for anything unexpected). */
export function sourceOf(audit: Pick<AuditEntity, 'source'>): BaselineSource {
  return isBaselineSource(audit.source) ? audit.source : 'AUDIT';
}

/** The organisation baseline's source: the one all its audits share, else null. */
export function commonSource(
  audits: readonly Pick<AuditEntity, 'source'>[],
): BaselineSource | null {
  const sources = new Set(audits.map(sourceOf));
  return sources.size === 1 ? [...sources][0] : null;
}

/** A department's baseline with its audit, or the organisation's (audit null) with its common source. */
export function toBaseline(
  baseline: DepartmentBaseline,
  audit: Pick<
    AuditEntity,
    'id' | 'departmentId' | 'importedAt' | 'source'
  > | null,
  organizationSource: BaselineSource | null = null,
): Baseline {
  return {
    auditId: audit?.id ?? null,
    departmentId: audit?.departmentId ?? null,
    windowStart: baseline.windowStart,
    windowEnd: baseline.windowEnd,
    windowDays: baseline.windowDays,
    totalRequests: baseline.totalRequests,
    monthlyVolume: baseline.monthlyVolume,
    informalShare: baseline.informalShare,
    avgHandlingMinutes: baseline.avgHandlingMinutes,
    avgFirstResponseHours: baseline.avgFirstResponseHours,
    medianFirstResponseHours: baseline.medianFirstResponseHours,
    p90FirstResponseHours: baseline.p90FirstResponseHours,
    byChannel: baseline.byChannel,
    catalogCoverage: baseline.catalogCoverage,
    importedAt: audit?.importedAt ?? null,
    source: audit ? sourceOf(audit) : organizationSource,
    requestTypes: baseline.requestTypes,
  };
}
