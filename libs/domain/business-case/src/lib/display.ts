/**
 * Money rounded to cents for display, half away from zero, on the decimal
 * text of the number: 1.005 → 1.01 (a binary ×100 gives 100.49999… and
 * would round down). The model itself never rounds.
 */
export function roundToCents(value: number): number {
  const magnitude = Math.abs(value);
  // Above 1e15 a double has no cents left to round (and ×100 would leave
  // the safe integers); non-finite values have none either.
  if (!Number.isFinite(value) || magnitude >= 1e15) return value;
  const text = String(magnitude);
  // Below 1e-6 the text is in exponent notation; such values round to 0.
  const cents = text.includes('e') ? 0 : Math.round(Number(`${text}e2`));
  const rounded = Math.sign(value) * (cents / 100);
  return rounded === 0 ? 0 : rounded; // no -0 on screen
}
