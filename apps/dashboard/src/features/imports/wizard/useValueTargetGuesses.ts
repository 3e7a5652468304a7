import { useEffect, useRef } from 'react';
import type { TargetField } from '@esm-planner/domain-imports';
import type { DistinctValue } from './preview-request';
import { AS_READ, suggestValueTarget } from './value-targets';
import { withValueTarget, type WizardMapping } from './wizard-mapping';

/** A field read through values, and the file's column bound to it. */
export type ValueMappedColumn = { field: TargetField; column: string };

/**
 * The first time a column's values arrive, the wizard's guesses are filled
 * in (the person can change them); a value already mapped keeps its target.
 */
export function useValueTargetGuesses(
  mapped: readonly ValueMappedColumn[],
  distinct: ReadonlyMap<string, DistinctValue[]>,
  onChange: (change: (current: WizardMapping) => WizardMapping) => void,
): void {
  const guessed = useRef(new Set<string>());
  useEffect(() => {
    for (const { field, column } of mapped) {
      const values = distinct.get(column);
      const key = `${field.name}\u0000${column}`;
      if (!values || guessed.current.has(key)) continue;
      guessed.current.add(key);
      onChange((current) =>
        values.reduce((state, { value }) => {
          const guess =
            value.trim() === '' || state.values[field.name]?.[value]
              ? AS_READ
              : suggestValueTarget(field, value);
          return guess === AS_READ
            ? state
            : withValueTarget(state, field.name, value, guess);
        }, current),
      );
    }
  });
}
