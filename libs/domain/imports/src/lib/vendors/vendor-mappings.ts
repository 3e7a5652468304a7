import { ColumnMappingInput } from '../mapping/column-mapping';
import { FRESHSERVICE_MAPPING } from './freshservice';
import { JSM_MAPPING } from './jira-service-management';
import { SERVICENOW_MAPPING } from './servicenow';

/** The source systems whose exports map onto request records (data-formats §4). */
export type VendorFormat = 'SERVICENOW' | 'JSM' | 'FRESHSERVICE';

/**
 * A mapping shipped with the product (data-formats §5): listed with the
 * organisation's own, copyable, never deleted or changed. `id` is stable
 * (`builtin:servicenow`), `format` is the import format that selects it.
 */
export type BuiltinMapping = {
  readonly id: `builtin:${string}`;
  readonly format: VendorFormat;
  readonly mapping: ColumnMappingInput & { kind: 'REQUESTS' };
};

/** The built-in mappings by import format (`format: SERVICENOW` reads with builtin:servicenow). */
export const VENDOR_MAPPINGS: Readonly<Record<VendorFormat, BuiltinMapping>> = {
  SERVICENOW: {
    id: 'builtin:servicenow',
    format: 'SERVICENOW',
    mapping: SERVICENOW_MAPPING,
  },
  JSM: { id: 'builtin:jsm', format: 'JSM', mapping: JSM_MAPPING },
  FRESHSERVICE: {
    id: 'builtin:freshservice',
    format: 'FRESHSERVICE',
    mapping: FRESHSERVICE_MAPPING,
  },
};

/** Every built-in mapping, in the order a list shows them. */
export const BUILTIN_MAPPINGS: readonly BuiltinMapping[] =
  Object.values(VENDOR_MAPPINGS);

/** Whether an import format names a built-in vendor mapping (`constructor` does not). */
export function isVendorFormat(format: string): format is VendorFormat {
  return Object.prototype.hasOwnProperty.call(VENDOR_MAPPINGS, format);
}

/** The built-in mapping with this id (`builtin:jsm`), or undefined. */
export function builtinMapping(id: string): BuiltinMapping | undefined {
  return BUILTIN_MAPPINGS.find((builtin) => builtin.id === id);
}

/** Whether an id names a built-in mapping (which cannot be deleted or replaced). */
export function isBuiltinMappingId(id: string): boolean {
  return id.startsWith('builtin:');
}
