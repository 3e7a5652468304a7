/**
 * What makes two request-type names the same: trimmed, inner runs of white
 * space as one space, case-insensitive ("Password reset", " password  RESET").
 * Spreadsheets typed by hand spell the same work several ways; counting
 * them apart would split one Pareto bar into many small ones.
 */
export function requestTypeKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A request type with how often it occurred. */
export type RequestTypeCount = { requestType: string; count: number };

/**
 * Sums counts per request type (requestTypeKey), keeping the first-seen
 * spelling, trimmed, as the name shown: the order of the source decides,
 * not a guess at which spelling is "right".
 */
export function groupRequestTypes<T extends RequestTypeCount>({
  entries,
  weightOf = (entry) => entry.count,
}: {
  entries: readonly T[];
  /** What to rank by; the count unless the caller normalises it. */
  weightOf?: (entry: T) => number;
}): { requestType: string; count: number; weight: number }[] {
  const groups = new Map<
    string,
    { requestType: string; count: number; weight: number }
  >();
  for (const entry of entries) {
    const key = requestTypeKey(entry.requestType);
    const group = groups.get(key);
    if (group) {
      group.count += entry.count;
      group.weight += weightOf(entry);
    } else {
      groups.set(key, {
        requestType: entry.requestType.trim(),
        count: entry.count,
        weight: weightOf(entry),
      });
    }
  }
  return [...groups.values()];
}
