import { registerEnumType } from '@nestjs/graphql';
import {
  FAILURE_MODES,
  FailureMode,
  MATURITY_DIMENSIONS,
  MaturityDimension,
  ReadinessState,
} from '@esm-planner/domain-maturity';
import { enumObject } from '../../../graphql/enum-object';

export const MaturityDimensionEnum =
  enumObject<MaturityDimension>(MATURITY_DIMENSIONS);
export const FailureModeEnum = enumObject<FailureMode>(FAILURE_MODES);
export const ReadinessStateEnum = enumObject<ReadinessState>([
  'PASS',
  'WARN',
  'FAIL',
]);

registerEnumType(MaturityDimensionEnum, {
  name: 'MaturityDimension',
  description: 'The six dimensions of the maturity assessment (domain §5).',
});
registerEnumType(FailureModeEnum, {
  name: 'FailureMode',
  description: 'The five non-technical ways ESM programmes stall.',
});
registerEnumType(ReadinessStateEnum, {
  name: 'ReadinessState',
  description: 'PASS, WARN (shown, does not block) or FAIL.',
});
