import { FRESHSERVICE_MAPPING } from './freshservice';
import { JSM_MAPPING } from './jira-service-management';
import { SERVICENOW_MAPPING } from './servicenow';
import { VendorFormat, VendorMapping } from './vendor-mapping';

/** Every source-system mapping onto request records, by import format. */
export const VENDOR_MAPPINGS: Readonly<Record<VendorFormat, VendorMapping>> = {
  SERVICENOW: SERVICENOW_MAPPING as unknown as VendorMapping,
  JSM: JSM_MAPPING as unknown as VendorMapping,
  FRESHSERVICE: FRESHSERVICE_MAPPING as unknown as VendorMapping,
};

export function isVendorFormat(format: string): format is VendorFormat {
  return Object.prototype.hasOwnProperty.call(VENDOR_MAPPINGS, format);
}

export { isLaterVersion } from '../mapping/event-log';
