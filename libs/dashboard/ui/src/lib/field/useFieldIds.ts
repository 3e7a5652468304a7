import { useId } from 'react';
import type { FieldIds } from './Field';

export function useFieldIds(): FieldIds {
  const base = useId();
  return {
    control: `${base}-control`,
    hint: `${base}-hint`,
    error: `${base}-error`,
  };
}
