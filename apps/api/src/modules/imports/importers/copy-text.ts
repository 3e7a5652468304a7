/**
 * One value in PostgreSQL's COPY text format: NULL as \N; backslash, tab,
 * line feed and carriage return escaped.
 */
export function copyValue(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** A row of COPY text: values separated by tabs, ended by a line feed. */
export function copyLine(values: (string | number | boolean | null)[]): string {
  return `${values.map(copyValue).join('\t')}\n`;
}
