import { formatPercent } from '../formatting/format';

type Audited = { name: string; baseline: { informalShare?: number | null } };

/**
 * Departments with an audit first, largest monthly volume first; those
 * without one after, by name.
 */
export function orderDepartments<
  T extends { name: string; baseline?: { monthlyVolume: number } | null },
>(departments: readonly T[]): T[] {
  return [...departments].sort((a, b) => {
    if (a.baseline && b.baseline) {
      return b.baseline.monthlyVolume - a.baseline.monthlyVolume;
    }
    if (a.baseline || b.baseline) return a.baseline ? -1 : 1;
    return a.name.localeCompare(b.name);
  });
}

/** "Informal share: IT 61.2%, HR 32.3%." — what the channel-mix chart shows, in words. */
export function comparisonDescription(departments: readonly Audited[]): string {
  if (departments.length === 0) return 'No department has an audit yet.';
  const parts = departments.map(
    (d) => `${d.name} ${formatPercent(d.baseline.informalShare)}`,
  );
  return `Each department’s requests by channel, as shares of 100%; informal channels on the left. Informal share: ${parts.join(', ')}.`;
}
