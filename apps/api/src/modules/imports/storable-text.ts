/**
 * A file's text as PostgreSQL can store it in a report: U+0000, which text
 * and jsonb cannot hold, shown as ␀ (U+2400, the symbol for null). A row
 * with it is already an error (a control character); its report must not
 * fail to be written — the job would stay RUNNING with nothing to say.
 */
export function storableText<T extends string | null | undefined>(text: T): T {
  return (
    typeof text === 'string' && text.includes('\u0000')
      ? text.replaceAll('\u0000', '\u2400')
      : text
  ) as T;
}
