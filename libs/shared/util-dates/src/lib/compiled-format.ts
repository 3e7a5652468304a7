import { dateFnsReader } from './date-fns-fallback';
import { compileSteps } from './format-steps';
import { FormatReader, scanningReader } from './format-scanner';
import { dateFieldsProblem, tokenizeDateFormat } from './format-tokens';

export type { FormatReader } from './format-scanner';

/**
 * Compiles a date-fns format string once into a reader of texts: a scanner
 * for the common tokens, else date-fns `parse` (in UTC, so the machine's zone
 * never matters). Two-digit years (`yy`) are 1969–2068.
 * @throws RangeError for a format dateFormatProblem refuses.
 */
export function compileDateFormat(format: string): FormatReader {
  const tokenized = tokenizeDateFormat(format);
  if (!tokenized.ok)
    throw new RangeError(`date format "${format}" ${tokenized.problem}`);
  const steps = compileSteps(tokenized.parts);
  return steps ? scanningReader(steps) : dateFnsReader(format, tokenized.parts);
}

/**
 * What is wrong with a date-fns format string for reading dates, in plain
 * words, or null when it is fine: it must be one date-fns accepts and name
 * the year, the month and the day (or be a whole timestamp such as `t`, `T`
 * or `P`).
 */
export function dateFormatProblem(format: string): string | null {
  if (format.trim() === '') return 'is empty';
  if (format.length > 100) return 'is longer than 100 characters';
  const tokenized = tokenizeDateFormat(format);
  if (!tokenized.ok) return tokenized.problem;
  const fields = dateFieldsProblem(tokenized.parts);
  if (fields) return fields;
  try {
    compileDateFormat(format);
    return null;
  } catch (error) {
    return `is not a format date-fns can read (${error instanceof Error ? error.message : String(error)})`;
  }
}
