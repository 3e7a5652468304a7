/** A value that may be missing as text: `missing` (e.g. "no data") for null or undefined. */
export function formatOrMissing(
  value: number | null | undefined,
  format: (value: number) => string,
  missing: string,
): string {
  return value === null || value === undefined ? missing : format(value);
}
