import { Channel } from '@esm-planner/domain-audit';

// Source spellings, compared as channelKey gives them. The canonical names
// are here too ("walk up" is WALK_UP written any way). The ServiceNow
// contact types of data-formats §4 use the same words. A Map, not an object
// lookup: a cell saying "constructor" must not find Object.prototype's.
const SPELLINGS: ReadonlyMap<string, Channel> = new Map(
  Object.entries({
    email: 'EMAIL',
    'e mail': 'EMAIL',
    mail: 'EMAIL',
    chat: 'CHAT',
    'live chat': 'CHAT',
    'instant message': 'CHAT',
    teams: 'CHAT',
    'microsoft teams': 'CHAT',
    slack: 'CHAT',
    phone: 'PHONE',
    telephone: 'PHONE',
    call: 'PHONE',
    ivr: 'PHONE',
    'walk up': 'WALK_UP',
    walkup: 'WALK_UP',
    'walk in': 'WALK_UP',
    'in person': 'WALK_UP',
    spreadsheet: 'SPREADSHEET',
    excel: 'SPREADSHEET',
    form: 'FORM',
    'web form': 'FORM',
    portal: 'PORTAL',
    'self service': 'PORTAL',
    'self service portal': 'PORTAL',
    'service portal': 'PORTAL',
    'virtual agent': 'VIRTUAL_AGENT',
    chatbot: 'VIRTUAL_AGENT',
    'chat bot': 'VIRTUAL_AGENT',
    other: 'OTHER',
  } satisfies Record<string, Channel>),
);

/** Lower case, runs of spaces, hyphens and underscores as one space. */
export function channelKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * The channel a source value means, case-insensitively and with common
 * spellings ("walk-up", "Self-Service", "e-mail"). Any other non-empty
 * value is OTHER with `mappedToOther`, so the import report can list it.
 * @returns null for an empty value.
 */
export function channelFromSource(
  value: string,
): { channel: Channel; mappedToOther: boolean } | null {
  if (value.trim() === '') return null;
  const channel = SPELLINGS.get(channelKey(value));
  return channel
    ? { channel, mappedToOther: false }
    : { channel: 'OTHER', mappedToOther: true };
}
