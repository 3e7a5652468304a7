import {
  channelFromSource,
  channelKey,
  parseOptionalBoolean,
  parseOptionalResolution,
  type TargetField,
} from '@esm-planner/domain-imports';
import { CHANNELS } from '@esm-planner/domain-audit';
import { channelLabel } from '../../baselines/channels';
import { formatDateTime } from '../../formatting/format';

/** A choice in a value's target picker. */
export type ValueTarget = { value: string; label: string };

/** The value's own reading ("as read"), kept when the person picks nothing else. */
export const AS_READ = '';
/** The value means "no value": it joins the mapping's missing values. */
export const MISSING = '\u0000missing';

export const RESOLUTION_LABELS: Readonly<Record<string, string>> = {
  DEFLECTED: 'Deflected (self-service)',
  NO_TOUCH: 'No touch (automated)',
  AGENT: 'Resolved by an agent',
  UNRESOLVED: 'Unresolved',
};

const YES_NO: readonly ValueTarget[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** The targets a value of `field` may be mapped to; null when any text goes (department, request type). */
export function valueTargetOptions(
  field: TargetField,
): readonly ValueTarget[] | null {
  switch (field.type) {
    case 'channel':
      return CHANNELS.map((channel) => ({
        value: channel,
        label: channelLabel(channel),
      }));
    case 'resolution':
      return Object.entries(RESOLUTION_LABELS).map(([value, label]) => ({
        value,
        label,
      }));
    case 'boolean':
      return YES_NO;
    default:
      return null;
  }
}

/** A target value in words: `WALK_UP` → "Walk-up", `true` → "Yes". */
export function targetLabel(field: TargetField, value: string): string {
  return (
    valueTargetOptions(field)?.find((option) => option.value === value)
      ?.label ?? value
  );
}

/**
 * What the format's own reader makes of a value that has no entry
 * (data-formats §5): a known channel word, OTHER (reported), a yes/no, a
 * resolution — or a problem that would make the row invalid.
 */
export function readAsIs(
  field: TargetField,
  value: string,
): { ok: true; text: string } | { ok: false; text: string } {
  switch (field.type) {
    case 'channel': {
      const read = channelFromSource(value);
      if (!read) return { ok: true, text: 'missing' };
      return {
        ok: true,
        text: read.mappedToOther
          ? 'Other (reported)'
          : channelLabel(read.channel),
      };
    }
    case 'boolean': {
      const read = parseOptionalBoolean(value);
      if (!read.ok)
        return { ok: false, text: 'not a yes or no: the row is invalid' };
      return {
        ok: true,
        text: read.value === null ? 'missing' : read.value ? 'Yes' : 'No',
      };
    }
    case 'resolution': {
      const read = parseOptionalResolution(value);
      if (!read.ok)
        return { ok: false, text: 'not a resolution: the row is invalid' };
      return {
        ok: true,
        text: read.value === null ? 'missing' : RESOLUTION_LABELS[read.value],
      };
    }
    default:
      return {
        ok: true,
        text: value.trim() === '' ? 'missing' : `“${value.trim()}”`,
      };
  }
}

// Words that usually mean "no value" in exports.
const MISSING_WORDS = new Set([
  'n/a',
  'na',
  'n.a.',
  '-',
  '--',
  '?',
  'none',
  'null',
  'unknown',
  'not applicable',
]);

// Channel words the format's reader does not know, found inside longer values ("Facilities app").
const CHANNEL_WORDS: readonly [RegExp, string][] = [
  [
    /\b(app|web|website|online|kiosk|intranet|self ?service|portal)\b/,
    'PORTAL',
  ],
  [/\b(phone|call|telephone|ivr|voicemail)\b/, 'PHONE'],
  [/\b(e ?mail|mail)\b/, 'EMAIL'],
  [/\b(walk ?in|walk ?up|desk|counter|in person)\b/, 'WALK_UP'],
  [/\b(chat|teams|slack)\b/, 'CHAT'],
  [/\b(bot|virtual agent)\b/, 'VIRTUAL_AGENT'],
  [/\b(form)\b/, 'FORM'],
];

const YES_WORDS = /^(y|yes|true|1|met|within|on time|achieved|ok)$/;
const NO_WORDS =
  /^(n|no|false|0|missed|breached|violated|late|not met|failed)$/;
const RESOLVED_WORDS =
  /\b(resolved|closed|complete|completed|done|fixed|finished)\b/;
const UNRESOLVED_WORDS =
  /\b(open|new|pending|in progress|on hold|waiting|cancell?ed|withdrawn|triage|review)\b/;

/**
 * A first guess at a value's target, when its own reading will not do:
 * `Phone call` → PHONE, `Y` → true, `N/A` → missing, `Completed` → resolved
 * by an agent. AS_READ when the reader already understands it, or nothing fits.
 */
export function suggestValueTarget(field: TargetField, value: string): string {
  const key = channelKey(value);
  if (MISSING_WORDS.has(value.trim().toLowerCase())) return MISSING;
  switch (field.type) {
    case 'channel': {
      const read = channelFromSource(value);
      if (!read || !read.mappedToOther) return AS_READ;
      return (
        CHANNEL_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? AS_READ
      );
    }
    case 'boolean':
      if (parseOptionalBoolean(value).ok) return AS_READ;
      return YES_WORDS.test(key)
        ? 'true'
        : NO_WORDS.test(key)
          ? 'false'
          : AS_READ;
    case 'resolution':
      if (parseOptionalResolution(value).ok) return AS_READ;
      return RESOLVED_WORDS.test(key)
        ? 'AGENT'
        : UNRESOLVED_WORDS.test(key)
          ? 'UNRESOLVED'
          : AS_READ;
    default:
      return AS_READ;
  }
}

/** Status values that usually mean a case is resolved (event logs). */
export function looksResolved(status: string): boolean {
  return RESOLVED_WORDS.test(channelKey(status));
}

// An instant as the API writes it: an ISO timestamp with a zone.
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value the preview says the import will store, in words: a channel's name, Yes for true, a date in the viewer's time. */
export function storedValueText(
  field: TargetField | undefined,
  value: string,
): string {
  if (value === '') return '—';
  if (!field) return value;
  if (field.type === 'channel') return channelLabel(value);
  if (field.type === 'resolution') return RESOLUTION_LABELS[value] ?? value;
  if (field.type === 'boolean')
    return value === 'true' ? 'Yes' : value === 'false' ? 'No' : value;
  if (field.type === 'timestamp' && ISO_INSTANT.test(value))
    return formatDateTime(value);
  return value;
}
