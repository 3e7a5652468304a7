import { FRESHSERVICE_MAPPING } from './freshservice';
import { JSM_MAPPING } from './jira-service-management';
import { SERVICENOW_MAPPING } from './servicenow';
import { RowVersion, VendorFormat, VendorMapping } from './vendor-mapping';

/** Every source-system mapping onto request records, by import format. */
export const VENDOR_MAPPINGS: Readonly<Record<VendorFormat, VendorMapping>> = {
  SERVICENOW: SERVICENOW_MAPPING as unknown as VendorMapping,
  JSM: JSM_MAPPING as unknown as VendorMapping,
  FRESHSERVICE: FRESHSERVICE_MAPPING as unknown as VendorMapping,
};

export function isVendorFormat(format: string): format is VendorFormat {
  return Object.prototype.hasOwnProperty.call(VENDOR_MAPPINGS, format);
}

/** Whether version `a` replaces version `b` of the same ticket: higher rank, then later update (nulls lose). */
export function isLaterVersion(a: RowVersion, b: RowVersion): boolean {
  const rankA = a.rank ?? -1;
  const rankB = b.rank ?? -1;
  if (rankA !== rankB) return rankA > rankB;
  return (a.updatedAt ?? -Infinity) > (b.updatedAt ?? -Infinity);
}
