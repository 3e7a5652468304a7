import { AuditEntity } from '@esm-planner/api-data-access-db';
import type { DepartmentBaseline } from '@esm-planner/domain-audit';
import { Baseline } from './dto/baseline.object';

export function toBaseline(baseline: DepartmentBaseline, audit: Pick<AuditEntity, 'id' | 'departmentId' | 'importedAt'> | null): Baseline {
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
    requestTypes: baseline.requestTypes,
  };
}
