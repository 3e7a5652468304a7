import { registerEnumType } from '@nestjs/graphql';
import {
  CATALOG_FLAGS,
  CatalogFlag,
  FULFILMENT_MODES,
  FulfilmentMode,
} from '@esm-planner/domain-maturity';
import { enumObject } from '../../../graphql/enum-object';

export const FulfilmentModeEnum = enumObject<FulfilmentMode>(FULFILMENT_MODES);
export const CatalogFlagEnum = enumObject<CatalogFlag>(CATALOG_FLAGS);

registerEnumType(FulfilmentModeEnum, {
  name: 'FulfilmentMode',
  description: 'RESOLVE = automated end to end; ROUTE = to a human queue.',
});
registerEnumType(CatalogFlagEnum, {
  name: 'CatalogFlag',
  description:
    'NO_OWNER, NO_SLA, REVIEW_DUE (> 90 days since the last review, or never reviewed).',
});
