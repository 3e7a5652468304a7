import { ApiTokenEntity } from './api-token.entity';
import { AuditRowEntity } from './audit-row.entity';
import { AuditEntity } from './audit.entity';
import { BusinessCaseVersionEntity } from './business-case-version.entity';
import { BusinessCaseEntity } from './business-case.entity';
import { CatalogItemEntity } from './catalog-item.entity';
import { CoeAssignmentEntity } from './coe-assignment.entity';
import { ColumnMappingEntity } from './column-mapping.entity';
import { DepartmentBenchmarkEntity } from './department-benchmark.entity';
import { RollupRebuildJobEntity } from './rollup-rebuild-job.entity';
import { DepartmentEntity } from './department.entity';
import { EnhancementRequestEntity } from './enhancement-request.entity';
import { ImportJobEntity } from './import-job.entity';
import { ImportSkippedRowEntity } from './import-skipped-row.entity';
import { MaturityAssessmentEntity } from './maturity-assessment.entity';
import { MembershipDepartmentEntity } from './membership-department.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { RateLimitEntity } from './rate-limit.entity';
import { RequestFactEntity } from './request-fact.entity';
import { RoadmapSettingsEntity } from './roadmap-settings.entity';
import { RolloutPlanEntity } from './rollout-plan.entity';
import { RolloutTaskEntity } from './rollout-task.entity';
import {
  RequestDayChannelEntity,
  RequestDayRollupEntity,
  RequestDayTypeEntity,
  RequestPeriodResolutionEntity,
} from './request-rollups.entity';
import { UserSessionEntity } from './user-session.entity';
import { UserEntity } from './user.entity';
import { WeeklyMetricEntity } from './weekly-metric.entity';

export type {
  ImportJobErrorValue,
  ImportJobReportValue,
} from './import-job.entity';
export type {
  MaturityAnswerValue,
  MaturityDisagreementValue,
} from './maturity-assessment.entity';
export type { SteeringGroupMemberValue } from './organization.entity';
export {
  ApiTokenEntity,
  AuditEntity,
  AuditRowEntity,
  BusinessCaseEntity,
  BusinessCaseVersionEntity,
  CatalogItemEntity,
  CoeAssignmentEntity,
  ColumnMappingEntity,
  EnhancementRequestEntity,
  ImportJobEntity,
  ImportSkippedRowEntity,
  MaturityAssessmentEntity,
  RequestFactEntity,
  RoadmapSettingsEntity,
  RolloutPlanEntity,
  RolloutTaskEntity,
  RequestDayRollupEntity,
  RequestPeriodResolutionEntity,
  RequestDayChannelEntity,
  RequestDayTypeEntity,
  WeeklyMetricEntity,
  DepartmentEntity,
  DepartmentBenchmarkEntity,
  RollupRebuildJobEntity,
  MembershipDepartmentEntity,
  MembershipEntity,
  OrganizationEntity,
  RateLimitEntity,
  UserEntity,
  UserSessionEntity,
};

/** Every entity, for the DataSource and the migration check. */
export const ENTITIES = [
  OrganizationEntity,
  DepartmentEntity,
  UserEntity,
  MembershipEntity,
  MembershipDepartmentEntity,
  UserSessionEntity,
  ApiTokenEntity,
  ImportJobEntity,
  ImportSkippedRowEntity,
  ColumnMappingEntity,
  AuditEntity,
  AuditRowEntity,
  WeeklyMetricEntity,
  RequestFactEntity,
  RequestDayRollupEntity,
  RequestPeriodResolutionEntity,
  RequestDayChannelEntity,
  RequestDayTypeEntity,
  CatalogItemEntity,
  BusinessCaseEntity,
  BusinessCaseVersionEntity,
  MaturityAssessmentEntity,
  CoeAssignmentEntity,
  EnhancementRequestEntity,
  RolloutPlanEntity,
  RolloutTaskEntity,
  RoadmapSettingsEntity,
  RateLimitEntity,
  DepartmentBenchmarkEntity,
  RollupRebuildJobEntity,
];
