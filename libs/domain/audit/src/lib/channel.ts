/** The channels a request can arrive through (domain §2), in display order. */
export const CHANNELS = [
  'EMAIL',
  'CHAT',
  'PHONE',
  'WALK_UP',
  'SPREADSHEET',
  'FORM',
  'PORTAL',
  'VIRTUAL_AGENT',
  'OTHER',
] as const;

export type Channel = (typeof CHANNELS)[number];

/**
 * Channels with no intake structure: the request arrives as free text or a
 * conversation and someone has to triage it. OTHER counts as informal
 * because a channel nobody could name is not a structured one.
 */
export const INFORMAL_CHANNELS = [
  'EMAIL',
  'CHAT',
  'PHONE',
  'WALK_UP',
  'SPREADSHEET',
  'OTHER',
] as const satisfies readonly Channel[];

/** Channels that capture the request in a defined shape. */
export const STRUCTURED_CHANNELS = [
  'FORM',
  'PORTAL',
  'VIRTUAL_AGENT',
] as const satisfies readonly Channel[];

export type InformalChannel = (typeof INFORMAL_CHANNELS)[number];
export type StructuredChannel = (typeof STRUCTURED_CHANNELS)[number];

/** Exact match only: mapping source spellings is the importers' job. */
export function isChannel(value: unknown): value is Channel {
  return (
    typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
  );
}

export function isInformalChannel(
  channel: Channel,
): channel is InformalChannel {
  return (INFORMAL_CHANNELS as readonly Channel[]).includes(channel);
}
