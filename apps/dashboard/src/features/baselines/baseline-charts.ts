import type {
  BarDatum,
  ParetoDatum,
  StackRow,
} from '@esm-planner/dashboard-ui-charts';
import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import { formatCount, formatPercent } from '../formatting/format';
import { channelLabel } from './channels';

export type ChannelVolume = {
  channel: string;
  count: number;
  share?: number | null;
};
export type RequestTypeVolume = {
  requestType: string;
  count: number;
  share?: number | null;
  cumulativeShare?: number | null;
};

/** Channels largest first; ties keep the API's channel order. */
export function sortedChannels<T extends ChannelVolume>(
  byChannel: readonly T[],
): T[] {
  return [...byChannel].sort((a, b) => b.count - a.count);
}

/** "1,180 (60.8%)". */
export function countAndShare(count: number, share?: number | null): string {
  return share == null
    ? formatCount(count)
    : `${formatCount(count)} (${formatPercent(share)})`;
}

/** Bars for the volume-by-channel chart, largest first. */
export function channelBars(byChannel: readonly ChannelVolume[]): BarDatum[] {
  return sortedChannels(byChannel).map((row) => ({
    key: row.channel,
    label: channelLabel(row.channel),
    value: row.count,
    valueLabel: countAndShare(row.count, row.share),
  }));
}

/** "HR’s 1,941 requests by channel; the most through Form: 1,180 (60.8%)." */
export function channelChartDescription(
  name: string,
  vocabulary: string,
  totalRequests: number,
  byChannel: readonly ChannelVolume[],
): string {
  const [top] = sortedChannels(byChannel);
  const head = `${name}’s ${formatCount(totalRequests)} ${pluralizeVocabulary(vocabulary, totalRequests)} by channel`;
  if (!top || top.count === 0) return `${head}.`;
  return `${head}; the most through ${channelLabel(top.channel)}: ${countAndShare(top.count, top.share)}.`;
}

/** Pareto bars from the API's top request types (its cumulative shares). */
export function paretoData(types: readonly RequestTypeVolume[]): ParetoDatum[] {
  return types.map((row) => ({
    key: row.requestType,
    label: row.requestType,
    count: row.count,
    share: row.share ?? undefined,
    cumulativeShare: row.cumulativeShare ?? 0,
  }));
}

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * "3 request types make up 80% of requests: PTO question, Payslip query and
 * Onboarding." — the types up to the first whose cumulative share reaches
 * the threshold, in the API's order.
 */
export function paretoDescription(
  vocabulary: string,
  types: readonly RequestTypeVolume[],
  threshold = 0.8,
): string {
  const plural = pluralizeVocabulary(vocabulary, 2);
  if (types.length === 0) return `No ${plural} by request type yet.`;
  const reach = types.findIndex((t) => (t.cumulativeShare ?? 0) >= threshold);
  const pct = formatPercent(threshold).replace(/\.0%$/, '%');
  if (reach === -1) {
    const top =
      types.length === 1
        ? 'The only request type makes'
        : `The top ${types.length} request types make`;
    return `${top} up less than ${pct} of ${plural}.`;
  }
  const few = types.slice(0, reach + 1).map((t) => t.requestType);
  const count =
    few.length === 1
      ? '1 request type makes'
      : `${few.length} request types make`;
  return `${count} up ${pct} of ${plural}: ${listed(few)}.`;
}

export type DepartmentMix = {
  id: string;
  name: string;
  informalShare?: number | null;
  byChannel: readonly ChannelVolume[];
};

/** One 100 % bar per department: its channel shares, noted with its informal share. */
export function departmentMixRows(
  departments: readonly DepartmentMix[],
): StackRow[] {
  return departments.map((department) => ({
    key: department.id,
    label: department.name,
    values: Object.fromEntries(
      // The API's shares, so the segments show its numbers exactly.
      department.byChannel.map((row) => [row.channel, row.share ?? 0]),
    ),
    note:
      department.informalShare == null
        ? undefined
        : `${formatPercent(department.informalShare)} informal`,
  }));
}
