import { registerEnumType } from '@nestjs/graphql';
import { Role, ROLES } from '@esm-planner/domain-access';
import {
  CATALOG_FLAGS,
  CatalogFlag,
  COE_ROLES,
  CoeRole,
  ENHANCEMENT_STATUSES,
  EnhancementStatus,
  FAILURE_MODES,
  FailureMode,
  FULFILMENT_MODES,
  FulfilmentMode,
  MATURITY_DIMENSIONS,
  MaturityDimension,
  ReadinessState,
} from '@esm-planner/domain-maturity';
import {
  DEPARTMENT_KINDS,
  DEPARTMENT_STATUSES,
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/domain-departments';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

// The GraphQL enums are the domain's own lists, so the two cannot drift.
export const DepartmentKindEnum = enumObject<DepartmentKind>(DEPARTMENT_KINDS);
export const DepartmentStatusEnum = enumObject<DepartmentStatus>(DEPARTMENT_STATUSES);
export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(DepartmentKindEnum, { name: 'DepartmentKind', description: 'What a department does (domain §1).' });
registerEnumType(DepartmentStatusEnum, {
  name: 'DepartmentStatus',
  description: 'Where a department is in the programme: PLANNED → AUDITING → BUILDING → PILOTING → LIVE.',
});
registerEnumType(RoleEnum, { name: 'Role', description: 'What a person may do in one organisation.' });

export const MaturityDimensionEnum = enumObject<MaturityDimension>(MATURITY_DIMENSIONS);
export const FulfilmentModeEnum = enumObject<FulfilmentMode>(FULFILMENT_MODES);
export const CatalogFlagEnum = enumObject<CatalogFlag>(CATALOG_FLAGS);
export const CoeRoleEnum = enumObject<CoeRole>(COE_ROLES);
export const EnhancementStatusEnum = enumObject<EnhancementStatus>(ENHANCEMENT_STATUSES);
export const FailureModeEnum = enumObject<FailureMode>(FAILURE_MODES);
export const ReadinessStateEnum = enumObject<ReadinessState>(['PASS', 'WARN', 'FAIL']);

registerEnumType(MaturityDimensionEnum, { name: 'MaturityDimension', description: 'The six dimensions of the maturity assessment (domain §5).' });
registerEnumType(FulfilmentModeEnum, { name: 'FulfilmentMode', description: 'RESOLVE = automated end to end; ROUTE = to a human queue.' });
registerEnumType(CatalogFlagEnum, { name: 'CatalogFlag', description: 'NO_OWNER, NO_SLA, REVIEW_DUE (> 90 days since the last review, or never reviewed).' });
registerEnumType(CoeRoleEnum, { name: 'CoeRole', description: 'The seven functions of the Centre of Excellence (domain §7).' });
registerEnumType(EnhancementStatusEnum, { name: 'EnhancementStatus', description: 'NEW → ACCEPTED → DONE, or DECLINED (with a reason); DECLINED and DONE are final.' });
registerEnumType(FailureModeEnum, { name: 'FailureMode', description: 'The five non-technical ways ESM programmes stall.' });
registerEnumType(ReadinessStateEnum, { name: 'ReadinessState', description: 'PASS, WARN (shown, does not block) or FAIL.' });
