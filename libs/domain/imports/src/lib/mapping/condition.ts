import { channelFromSource } from '../channel-value';
import { Condition } from './column-mapping';
import { ColumnLookup } from './source-header';
import { valueKey } from './value-map';

/** A condition with its column found in the file, or its field's position in the format. */
export type CompiledCondition = {
  /** 0-based source column; null for an optional column the file lacks (never holds). */
  readonly column: number | null;
  /** The target field tested instead of a column (its name), or null. */
  readonly field: string | null;
  readonly equals: ReadonlySet<string>;
  readonly contains: readonly string[];
};

/** Compiles a validated condition against the file's columns. */
export function compileCondition(
  condition: Condition,
  lookup: ColumnLookup,
): CompiledCondition {
  const hasField = condition.field !== undefined && condition.field !== null;
  return {
    column: hasField ? null : (lookup.indexOf(condition.column!) ?? null),
    field: hasField ? condition.field! : null,
    equals: new Set((condition.equals ?? []).map(valueKey)),
    contains: (condition.contains ?? [])
      .map(valueKey)
      .filter((text) => text !== ''),
  };
}

/**
 * Whether a condition holds for a value: missing never holds; else equal to
 * one of `equals` or containing one of `contains`, trimmed and without case.
 * A channel field is compared by its canonical name (`VIRTUAL_AGENT`).
 */
export function conditionHolds(
  condition: CompiledCondition,
  value: string | null,
): boolean {
  if (value === null) return false;
  let key = valueKey(value);
  if (key === '') return false;
  if (condition.field === 'channel')
    key = valueKey(channelFromSource(value)?.channel ?? '');
  if (condition.equals.has(key)) return true;
  return condition.contains.some((text) => key.includes(text));
}
