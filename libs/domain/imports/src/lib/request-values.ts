import { RESOLUTIONS, type Resolution } from '@esm-planner/domain-metrics';
import { CellResult } from './cell-values';

// The request fields read from words: a resolution and the yes/no fields.
// How a request ended is the metrics' own list (domain §3), read here.

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['yes', true],
  ['1', true],
  ['y', true],
  ['false', false],
  ['no', false],
  ['0', false],
  ['n', false],
]);

/** sla_met / reopened: true/false, yes/no, y/n, 1/0 in any case; empty is null. */
export function parseOptionalBoolean(text: string): CellResult<boolean | null> {
  const value = text.trim().toLowerCase();
  if (value === '') return { ok: true, value: null };
  const known = BOOLEANS.get(value);
  return known === undefined
    ? { ok: false, message: 'must be true/false, yes/no or 1/0' }
    : { ok: true, value: known };
}

/** resolution: one of RESOLUTIONS in any case, spaces or hyphens for `_`; empty is null. */
export function parseOptionalResolution(
  text: string,
): CellResult<Resolution | null> {
  const value = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (value === '') return { ok: true, value: null };
  return (RESOLUTIONS as readonly string[]).includes(value)
    ? { ok: true, value: value as Resolution }
    : { ok: false, message: `must be one of ${RESOLUTIONS.join(', ')}` };
}
