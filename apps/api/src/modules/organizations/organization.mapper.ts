import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import { Organization } from './dto/organization.object';

export function toOrganization(entity: OrganizationEntity): Organization {
  return {
    id: entity.id,
    name: entity.name,
    timeZone: entity.timeZone,
    currency: entity.currency.trim(),
    createdAt: entity.createdAt,
  };
}
