/** One piece of a date-fns format string: a field token (`yyyy`) or literal text. */
export type FormatPart = { token: string } | { literal: string };

// Tokens date-fns refuses for parsing unless told otherwise (week-numbering
// years, day of the year): almost always a typo for yyyy and dd.
const PROTECTED: Readonly<Record<string, string>> = {
  YYYY: 'yyyy',
  YY: 'yy',
  D: 'd',
  DD: 'dd',
};

const ORDINAL_LETTERS = new Set('yYQqMLwIdDecihHKkms'.split(''));

// Letters date-fns knows as tokens when parsing (unicodeTokens.md).
const TOKEN_LETTERS = new Set('GyYRuQqMLwIdDEeciabBhHKkmsSXxtTPp'.split(''));

/**
 * Splits a date-fns format string into tokens and literals as date-fns does:
 * runs of one letter are a token, text in single quotes is literal (`''` is a
 * quote), any other character is literal.
 * @returns the parts, or a plain-words problem (an unknown letter, an
 *   unclosed quote, a week-numbering year).
 */
export function tokenizeDateFormat(
  format: string,
): { ok: true; parts: FormatPart[] } | { ok: false; problem: string } {
  const parts: FormatPart[] = [];
  const literal = (text: string) => {
    const last = parts[parts.length - 1];
    if (last && 'literal' in last) last.literal += text;
    else parts.push({ literal: text });
  };
  let index = 0;
  while (index < format.length) {
    const char = format[index];
    if (char === "'") {
      if (format[index + 1] === "'") {
        literal("'");
        index += 2;
        continue;
      }
      let text = '';
      let end = index + 1;
      for (; end < format.length; end += 1) {
        if (format[end] !== "'") text += format[end];
        else if (format[end + 1] === "'") {
          text += "'";
          end += 1;
        } else break;
      }
      if (end >= format.length)
        return { ok: false, problem: 'has a quote that is not closed' };
      literal(text);
      index = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let end = index + 1;
      while (format[end] === char) end += 1;
      // An ordinal ("do": 1st, 2nd) is one token.
      if (end === index + 1 && format[end] === 'o' && ORDINAL_LETTERS.has(char))
        end += 1;
      const token = format.slice(index, end);
      if (!TOKEN_LETTERS.has(char)) {
        return {
          ok: false,
          problem: `has the letter "${char}", which is not a date-fns field (put literal text in single quotes)`,
        };
      }
      const instead = PROTECTED[token];
      if (instead) {
        return {
          ok: false,
          problem: `uses "${token}", a week-numbering or day-of-year field; write "${instead}" for the calendar year or day`,
        };
      }
      parts.push({ token });
      index = end;
      continue;
    }
    literal(char);
    index += 1;
  }
  return { ok: true, parts };
}

/**
 * Whether the parts name the year, the month and the day (or a whole
 * timestamp: `t`, `T`, `P`); the missing ones in plain words, else null.
 */
export function dateFieldsProblem(parts: readonly FormatPart[]): string | null {
  const letters = new Set(
    parts.flatMap((part) => ('token' in part ? [part.token[0]] : [])),
  );
  if (['t', 'T', 'P'].some((letter) => letters.has(letter))) return null;
  const missing = [
    ['y', 'u', 'R'].some((l) => letters.has(l)) ? null : 'the year (yyyy)',
    ['M', 'L'].some((l) => letters.has(l)) ? null : 'the month (MM)',
    letters.has('d') ? null : 'the day (dd)',
  ].filter((part): part is string => part !== null);
  return missing.length > 0 ? `does not say ${missing.join(', ')}` : null;
}
