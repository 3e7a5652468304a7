/** The six dimensions an organisation or department is assessed on (domain §5). */
export const MATURITY_DIMENSIONS = [
  'GOVERNANCE',
  'SERVICE_OWNERSHIP',
  'PROCESS',
  'PEOPLE_AND_CHANGE',
  'MEASUREMENT',
  'AUTOMATION',
] as const;

export type MaturityDimension = (typeof MATURITY_DIMENSIONS)[number];

export function isMaturityDimension(
  value: unknown,
): value is MaturityDimension {
  return (
    typeof value === 'string' &&
    (MATURITY_DIMENSIONS as readonly string[]).includes(value)
  );
}

/** Lowest and highest answer (and score) of the questionnaire. */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
