// Models run without a DOM (and in tests), so text is measured by estimate:
// the average advance of the UI font is about 0.58 em for mixed-case text.
const AVERAGE_CHAR_EM = 0.58;
const ELLIPSIS = '…';

/** Estimated width in pixels of `text` at `fontSize` pixels. */
export function estimateTextWidth(text: string, fontSize = 12): number {
  return Math.ceil([...text].length * fontSize * AVERAGE_CHAR_EM);
}

/** How many characters fit in `width` pixels at `fontSize`. */
export function charsThatFit(width: number, fontSize = 12): number {
  return Math.max(0, Math.floor(width / (fontSize * AVERAGE_CHAR_EM)));
}

/**
 * `text` shortened with an ellipsis to fit `maxWidth` pixels
 * ("Benefits enrolment" → "Benefits enr…"); unchanged when it fits.
 */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize = 12,
): string {
  const chars = [...text];
  const fit = charsThatFit(maxWidth, fontSize);
  if (chars.length <= fit) return text;
  if (fit <= 1) return ELLIPSIS;
  return (
    chars
      .slice(0, fit - 1)
      .join('')
      .trimEnd() + ELLIPSIS
  );
}

/**
 * Word-wraps `text` into at most `maxLines` lines of `maxWidth` pixels, or
 * returns null when it cannot fit without breaking a word.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  fontSize = 12,
): string[] | null {
  const fit = charsThatFit(maxWidth, fontSize);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    if ([...word].length > fit) return null;
    const last = lines[lines.length - 1];
    if (last !== undefined && [...`${last} ${word}`].length <= fit) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length <= maxLines ? lines : null;
}

/**
 * The narrowest width in which `text` wraps on at most two lines: from its
 * longest word up, 6 px at a time (a label column sized for two lines).
 */
export function twoLineWidth(text: string): number {
  let width = Math.max(
    ...text.split(/\s+/).map((word) => estimateTextWidth(word)),
  );
  while (!wrapText(text, width, 2)) width += 6;
  return width;
}
