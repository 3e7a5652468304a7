import { Instant, parseInstant } from '@esm-planner/shared-util-dates';

/** How a request was resolved (data-formats §2); NO_TOUCH implies deflected. */
export const RESOLUTIONS = [
  'DEFLECTED',
  'NO_TOUCH',
  'AGENT',
  'UNRESOLVED',
] as const;

export type Resolution = (typeof RESOLUTIONS)[number];

export function isResolution(value: unknown): value is Resolution {
  return (
    typeof value === 'string' &&
    (RESOLUTIONS as readonly string[]).includes(value)
  );
}

/** The facts of one request that the service metrics need (domain §3). */
export type RequestFact = {
  /** When it was opened; it belongs to the period of this instant's local date. */
  openedAt: Instant;
  /** When it was resolved; present = resolved, whatever `resolution` says. */
  resolvedAt?: Instant | null;
  resolution?: Resolution | null;
  /** The SLA verdict; null or absent = not tracked. */
  slaMet?: boolean | null;
  /** Counted only when the request is resolved. */
  reopened?: boolean | null;
};

/** A request fact checked and reduced to what the formulas read. */
export type ReadRequestFact = {
  openedMs: number;
  /** Resolution time in milliseconds, null when unresolved. */
  resolutionMs: number | null;
  deflected: boolean;
  noTouch: boolean;
  slaMet: boolean | null;
  reopened: boolean;
};

/**
 * Checks one request and reduces it to what the formulas read. `index`
 * (its position in the caller's list) names it in an error.
 * @throws RangeError for an instant without an offset, an unknown
 * resolution, or a resolution before the opening: the importer refuses
 * these (data-formats §2), so one reaching here is a bug.
 */
export function readRequestFact(
  fact: RequestFact,
  index: number,
): ReadRequestFact {
  const where = `request ${index}`;
  const openedMs = parseInstant(fact.openedAt, `${where}: openedAt`);
  const resolvedAt = fact.resolvedAt ?? null;
  const resolvedMs =
    resolvedAt === null
      ? null
      : parseInstant(resolvedAt, `${where}: resolvedAt`);
  if (resolvedMs !== null && resolvedMs < openedMs) {
    throw new RangeError(`${where}: resolvedAt is before openedAt`);
  }
  const resolution = fact.resolution ?? null;
  if (resolution !== null && !isResolution(resolution)) {
    throw new RangeError(
      `${where}: unknown resolution ${JSON.stringify(resolution)}`,
    );
  }
  return {
    openedMs,
    resolutionMs: resolvedMs === null ? null : resolvedMs - openedMs,
    deflected: resolution === 'DEFLECTED' || resolution === 'NO_TOUCH',
    noTouch: resolution === 'NO_TOUCH',
    slaMet: fact.slaMet ?? null,
    // domain §3: reopenRate = reopened / resolved, so only resolved count.
    reopened: resolvedMs !== null && fact.reopened === true,
  };
}
