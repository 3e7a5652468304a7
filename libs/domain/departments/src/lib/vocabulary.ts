import { DepartmentKind } from './department-kind';

/**
 * The word each kind of department uses for one unit of work (domain §1).
 * The dashboard speaks a department's own language: HR handles "requests",
 * Legal "matters", Finance "approvals" — imposing IT's "ticket" is one of the
 * failure modes the programme exists to avoid.
 */
export const DEFAULT_VOCABULARY: Readonly<Record<DepartmentKind, string>> = {
  IT: 'ticket',
  HR: 'request',
  FINANCE: 'approval',
  LEGAL: 'matter',
  FACILITIES: 'request',
  PROCUREMENT: 'purchase request',
  SECURITY: 'case',
  OTHER: 'request',
};

/** The department's word, or its kind's default when none is set. */
export function vocabularyFor({
  kind,
  vocabulary,
}: {
  kind: DepartmentKind;
  vocabulary?: string | null;
}): string {
  const own = vocabulary?.trim();
  return own ? own : DEFAULT_VOCABULARY[kind];
}

/**
 * English plural of a vocabulary word, for sentences such as
 * "HR handled 1,261 requests". Only the last word is inflected
 * ("purchase request" → "purchase requests", "matter" → "matters").
 */
export function pluralizeVocabulary(word: string, count: number): string {
  if (count === 1) return word;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
