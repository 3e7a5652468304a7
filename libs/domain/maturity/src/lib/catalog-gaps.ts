import { requestTypeKey, RequestTypeVolume } from '@esm-planner/domain-audit';

/** How many of the audit's top request types the catalogue should cover (domain §2, §4). */
export const TOP_REQUEST_TYPES_TO_COVER = 10;

/**
 * The audit's top-10 request types that no catalogue item maps (names match
 * as requestTypeKey says: trimmed, spaces collapsed, case-insensitive), in
 * the audit's Pareto order.
 */
export function catalogGaps({
  topRequestTypes,
  items,
}: {
  topRequestTypes: readonly RequestTypeVolume[];
  items: readonly { requestTypes: readonly string[] }[];
}): RequestTypeVolume[] {
  const covered = new Set(
    items.flatMap((item) => item.requestTypes.map(requestTypeKey)),
  );
  return topRequestTypes
    .slice(0, TOP_REQUEST_TYPES_TO_COVER)
    .filter((type) => !covered.has(requestTypeKey(type.requestType)));
}
