import { CatalogItemEntity } from '@esm-planner/api-data-access-db';
import {
  catalogItemFlags,
  FulfilmentMode,
  reviewDueOn,
} from '@esm-planner/domain-maturity';
import { CatalogItem } from './dto/catalog-item.object';

export function toCatalogItem(
  entity: CatalogItemEntity,
  asOf: string,
): CatalogItem {
  return {
    id: entity.id,
    departmentId: entity.departmentId,
    name: entity.name,
    owner: entity.owner,
    slaTargetHours: entity.slaTargetHours,
    fulfilmentMode: (entity.fulfilmentMode as FulfilmentMode | null) ?? null,
    requestTypes: entity.requestTypes,
    processReviewed: entity.processReviewed,
    lastReviewedAt: entity.lastReviewedAt,
    reviewDueOn: reviewDueOn(entity.lastReviewedAt),
    flags: catalogItemFlags({ item: entity, asOf }),
    updatedAt: entity.updatedAt,
  };
}

/** Catalogue order: by name, as a person reads a list. */
export function compareItems(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'en');
}
