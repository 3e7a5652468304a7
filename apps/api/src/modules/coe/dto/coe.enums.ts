import { registerEnumType } from '@nestjs/graphql';
import {
  COE_ROLES,
  CoeRole,
  ENHANCEMENT_STATUSES,
  EnhancementStatus,
} from '@esm-planner/domain-maturity';
import { enumObject } from '../../../graphql/enum-object';

export const CoeRoleEnum = enumObject<CoeRole>(COE_ROLES);
export const EnhancementStatusEnum =
  enumObject<EnhancementStatus>(ENHANCEMENT_STATUSES);

registerEnumType(CoeRoleEnum, {
  name: 'CoeRole',
  description: 'The seven functions of the Centre of Excellence (domain §7).',
});
registerEnumType(EnhancementStatusEnum, {
  name: 'EnhancementStatus',
  description:
    'NEW → ACCEPTED → DONE, or DECLINED (with a reason); DECLINED and DONE are final.',
});
