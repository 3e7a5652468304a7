/**
 * What a person typed into a number field, as a number: null when empty,
 * NaN when it is not a number. Accepts what people type and paste —
 * surrounding spaces, thousands separators (`1,234.5`, `1 234`), a leading
 * currency sign or a trailing `%` (the field's unit is in its label), `.5`
 * and `12.` — and nothing that would guess (`1.2.3`, `12abc`, `1,23`).
 */
export function parseNumberText(text: string): number | null {
  const trimmed = text.replace(
    /[\s\u00a0\u202f]/g,
    (space, offset: number, all: string) =>
      // A space between digits is a thousands separator; any other is dropped too.
      /\d/.test(all[offset - 1] ?? '') && /\d/.test(all[offset + 1] ?? '')
        ? ','
        : '',
  );
  if (trimmed === '') return null;
  const bare = trimmed.replace(/^[£$€¥]/, '').replace(/%$/, '');
  // Thousands separators only in groups of three, so "1,23" is not read as 123.
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$/.test(bare) || !/\d/.test(bare))
    return Number.NaN;
  return Number(bare.replace(/,/g, ''));
}
