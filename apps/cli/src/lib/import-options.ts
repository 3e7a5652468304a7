/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

export const KINDS = {
  audit: 'AUDIT',
  requests: 'REQUESTS',
  metrics: 'METRICS',
} as const;

/** `2026-03-02..2026-03-15` → the two dates. */
export function parseWindow(window: string): {
  windowStart: string;
  windowEnd: string;
} {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(
    window.trim(),
  );
  if (!match)
    throw new UsageError(
      `--window must look like 2026-03-02..2026-03-15, got "${window}"`,
    );
  return { windowStart: match[1], windowEnd: match[2] };
}

/** `Service Desk=IT` → a department mapping. */
export function parseMapping(entry: string): {
  source: string;
  department: string;
} {
  const at = entry.indexOf('=');
  if (at <= 0 || at === entry.length - 1)
    throw new UsageError(
      `--map must look like "Name in file=Department", got "${entry}"`,
    );
  return {
    source: entry.slice(0, at).trim(),
    department: entry.slice(at + 1).trim(),
  };
}

/** `--kind requests` → REQUESTS. */
export function parseKind(
  kind: string | undefined,
): (typeof KINDS)[keyof typeof KINDS] {
  if (!kind)
    throw new UsageError(
      `--kind is needed: one of ${Object.keys(KINDS).join(', ')}`,
    );
  const parsed = KINDS[kind.toLowerCase() as keyof typeof KINDS];
  if (!parsed)
    throw new UsageError(
      `--kind must be one of ${Object.keys(KINDS).join(', ')}, got "${kind}"`,
    );
  return parsed;
}
