import { Channel, CHANNELS, isInformalChannel } from './channel';

/** Requests of one channel in the audit window. */
export type ChannelVolume = {
  channel: Channel;
  count: number;
  /** Fraction of the audited volume (0.25 = 25 %); null when it is 0. */
  share: number | null;
};

export type ChannelMix = {
  /** All nine channels in CHANNELS order, zeros included. */
  byChannel: ChannelVolume[];
  /** Σ of the informal channels' shares; null when the volume is 0. */
  informalShare: number | null;
};

/**
 * Counts and shares per channel. Shares are weight / Σ weight: the weight is
 * the count for one audit, and a per-month rate when audits of different
 * lengths are combined (organisation baseline).
 */
export function channelMix({
  entries,
}: {
  entries: readonly { channel: Channel; count: number; weight: number }[];
}): ChannelMix {
  const counts = new Map<Channel, number>(CHANNELS.map((c) => [c, 0]));
  const weights = new Map<Channel, number>(CHANNELS.map((c) => [c, 0]));
  for (const { channel, count, weight } of entries) {
    counts.set(channel, counts.get(channel)! + count);
    weights.set(channel, weights.get(channel)! + weight);
  }
  const total = CHANNELS.reduce((sum, c) => sum + weights.get(c)!, 0);
  const informal = CHANNELS.filter(isInformalChannel).reduce(
    (sum, c) => sum + weights.get(c)!,
    0,
  );
  return {
    byChannel: CHANNELS.map((channel) => ({
      channel,
      count: counts.get(channel)!,
      share: total > 0 ? weights.get(channel)! / total : null,
    })),
    // The informal weight over the total is the sum of the informal shares,
    // divided once instead of adding six rounded fractions.
    informalShare: total > 0 ? informal / total : null,
  };
}
