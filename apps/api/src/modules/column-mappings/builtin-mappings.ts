import type { ColumnMappingInput as EngineMapping } from '@esm-planner/domain-imports';

/** A vendor export's mapping shipped with the product (data-formats §4). */
export type BuiltinMapping = { id: string; format: 'SERVICENOW' | 'JSM' | 'FRESHSERVICE'; mapping: EngineMapping };

// Filled from the engine's built-in vendor mappings (libs/domain/imports) once they land on this branch.
export const BUILTIN_MAPPINGS: readonly BuiltinMapping[] = [];

/** The built-in mapping with this id (`builtin:servicenow`), or undefined. */
export function builtinMapping(id: string): BuiltinMapping | undefined {
  return BUILTIN_MAPPINGS.find((builtin) => builtin.id === id.trim().toLowerCase());
}
