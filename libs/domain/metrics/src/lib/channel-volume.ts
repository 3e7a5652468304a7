import { Grain, periodsBetween, periodStartEpochDay } from './period';
import { formatEpochDay, parsePlainDate } from '@esm-planner/shared-util-dates';

/** Requests of one department opened on one local day through one channel. */
export type DailyChannelCount = { day: string; channel: string; count: number };

export type ChannelVolumePoint = {
  periodStart: string;
  channel: string;
  count: number;
};

/**
 * Request volume by channel per period (weeks Monday to Sunday or calendar
 * months, from local days): for every period overlapping [from, to], one
 * point per channel that has requests anywhere in the range (0 where it
 * has none that period, so stacked series line up), periods oldest first,
 * channels by name.
 */
export function channelVolumePoints({
  rows,
  from,
  to,
  grain,
}: {
  rows: readonly DailyChannelCount[];
  from: string;
  to: string;
  grain: Grain;
}): ChannelVolumePoint[] {
  const starts = periodsBetween({ from, to, grain });
  const counts = new Map<string, Map<string, number>>(
    starts.map((start) => [start, new Map()]),
  );
  const channels = new Set<string>();
  for (const row of rows) {
    const start = formatEpochDay(
      periodStartEpochDay(parsePlainDate(row.day, 'day'), grain),
    );
    const period = counts.get(start);
    if (!period || row.count === 0) continue;
    channels.add(row.channel);
    period.set(row.channel, (period.get(row.channel) ?? 0) + row.count);
  }
  const sorted = [...channels].sort();
  return starts.flatMap((periodStart) =>
    sorted.map((channel) => ({
      periodStart,
      channel,
      count: counts.get(periodStart)!.get(channel) ?? 0,
    })),
  );
}
