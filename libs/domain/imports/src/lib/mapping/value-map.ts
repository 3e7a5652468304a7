import { ValueMapEntry, ValueMatch } from './column-mapping';

/** How cells are compared with missing values, value maps and conditions: trimmed, lower case. */
export function valueKey(text: string): string {
  return text.trim().toLowerCase();
}

/** A field's value map, compiled: exact entries in a Map, the others in order. */
export type CompiledValueMap = {
  readonly exact: ReadonlyMap<string, string>;
  readonly ordered: readonly {
    match: Exclude<ValueMatch, 'EXACT'>;
    from: string;
    number: number;
    to: string;
  }[];
  /** The source values as the mapping writes them, in its order (for messages). */
  readonly froms: readonly string[];
};

/** The entries of one field as a lookup; `to` as given (canonical after validation). */
export function compileValueMap(
  entries: readonly ValueMapEntry[],
): CompiledValueMap | null {
  if (entries.length === 0) return null;
  const exact = new Map<string, string>();
  const ordered: CompiledValueMap['ordered'][number][] = [];
  for (const entry of entries) {
    const match = entry.match ?? 'EXACT';
    if (match === 'EXACT') {
      if (!exact.has(valueKey(entry.from)))
        exact.set(valueKey(entry.from), entry.to);
    } else {
      ordered.push({
        match,
        from: valueKey(entry.from),
        number: Number(entry.from),
        to: entry.to,
      });
    }
  }
  return {
    exact,
    ordered,
    froms: [...new Set(entries.map((entry) => entry.from.trim()))],
  };
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The target value of a source value, or undefined when no entry matches
 * (the value then goes to the format's own reader). EXACT entries first,
 * then the others in the order given.
 */
export function lookUpValue(
  map: CompiledValueMap,
  raw: string,
): string | undefined {
  const key = valueKey(raw);
  const exact = map.exact.get(key);
  if (exact !== undefined) return exact;
  for (const entry of map.ordered) {
    switch (entry.match) {
      case 'STARTS_WITH':
        if (key.startsWith(entry.from)) return entry.to;
        break;
      case 'CONTAINS':
        if (key.includes(entry.from)) return entry.to;
        break;
      case 'GREATER_THAN':
        if (NUMBER.test(key) && Number(key) > entry.number) return entry.to;
        break;
    }
  }
  return undefined;
}

/** The set of missing values (trimmed, lower case); an empty cell is always missing. */
export function missingTest(
  missingValues: readonly string[] = [],
): (raw: string) => boolean {
  const keys = new Set(missingValues.map(valueKey).filter((key) => key !== ''));
  if (keys.size === 0) return (raw) => raw === '' || raw.trim() === '';
  return (raw) => {
    if (raw === '') return true;
    const trimmed = raw.trim();
    return trimmed === '' || keys.has(trimmed.toLowerCase());
  };
}
