import { requestTypeKey, RequestTypeCount } from './request-type';

/**
 * Share of the audited volume whose request type has a catalogue item
 * (domain §2, §7). Names match as requestTypeKey says: trimmed, white space
 * collapsed, case-insensitive. 0 when nothing is covered (no catalogue
 * yet), null when the audit is empty.
 */
export function catalogCoverage({
  counts,
  coveredRequestTypes = [],
}: {
  counts: readonly RequestTypeCount[];
  coveredRequestTypes?: Iterable<string>;
}): number | null {
  const covered = new Set([...coveredRequestTypes].map(requestTypeKey));
  let total = 0;
  let inCatalogue = 0;
  for (const { requestType, count } of counts) {
    total += count;
    if (covered.has(requestTypeKey(requestType))) inCatalogue += count;
  }
  return total > 0 ? inCatalogue / total : null;
}
