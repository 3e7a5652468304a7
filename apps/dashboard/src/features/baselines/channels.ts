import type { StackSeries } from '@esm-planner/dashboard-ui-charts';

/** The audit channels in the API's order (domain §2). */
export const CHANNELS = [
  'EMAIL',
  'CHAT',
  'PHONE',
  'WALK_UP',
  'SPREADSHEET',
  'OTHER',
  'FORM',
  'PORTAL',
  'VIRTUAL_AGENT',
] as const;

export type Channel = (typeof CHANNELS)[number];

const LABELS: Readonly<Record<Channel, string>> = {
  EMAIL: 'Email',
  CHAT: 'Chat',
  PHONE: 'Phone',
  WALK_UP: 'Walk-up',
  SPREADSHEET: 'Spreadsheet',
  OTHER: 'Other',
  FORM: 'Form',
  PORTAL: 'Portal',
  VIRTUAL_AGENT: 'Virtual agent',
};

// Informal channels in warm colours, structured ones in cool colours, so a
// department's mix reads at a glance; white gaps separate neighbours.
const COLORS: Readonly<Record<Channel, string>> = {
  EMAIL: '#b42318',
  CHAT: '#e04f16',
  PHONE: '#f79009',
  WALK_UP: '#fdb022',
  SPREADSHEET: '#c11574',
  OTHER: '#98a2b3',
  FORM: '#1f5bd1',
  PORTAL: '#0e7490',
  VIRTUAL_AGENT: '#6941c6',
};

const INFORMAL: ReadonlySet<string> = new Set<Channel>([
  'EMAIL',
  'CHAT',
  'PHONE',
  'WALK_UP',
  'SPREADSHEET',
  'OTHER',
]);

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** "WALK_UP" → "Walk-up"; an unknown channel is shown as the API sent it. */
export function channelLabel(channel: string): string {
  return isChannel(channel) ? LABELS[channel] : channel;
}

/** Domain §2: email, chat, phone, walk-up, spreadsheet and other are informal. */
export function isInformalChannel(channel: string): boolean {
  return INFORMAL.has(channel);
}

/** The channels as chart series: informal ones first, grouped for the legend. */
export const CHANNEL_SERIES: readonly StackSeries[] = CHANNELS.map(
  (channel) => ({
    key: channel,
    label: LABELS[channel],
    color: COLORS[channel],
    group: INFORMAL.has(channel) ? 'Informal' : 'Structured',
  }),
);
