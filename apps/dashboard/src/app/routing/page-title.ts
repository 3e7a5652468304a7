export const APP_NAME = 'ESM Planner';

/** "Overview", "Acme" → "Overview · Acme · ESM Planner"; blanks are skipped. */
export function pageTitle(...parts: Array<string | null | undefined>): string {
  return [
    ...parts.filter((part): part is string => Boolean(part?.trim())),
    APP_NAME,
  ].join(' · ');
}
