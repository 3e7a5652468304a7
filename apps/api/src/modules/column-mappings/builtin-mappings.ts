import {
  BUILTIN_MAPPINGS,
  builtinMapping,
  BuiltinMapping,
} from '@esm-planner/domain-imports';

// The built-in vendor mappings are the engine's (libs/domain/imports/src/lib/vendors).
export { BUILTIN_MAPPINGS, builtinMapping };
export type { BuiltinMapping };
