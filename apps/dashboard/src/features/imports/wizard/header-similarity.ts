/**
 * How much a file's column header looks like a target field, from 0 to 1:
 * the best of its likeness to the field's own name and to the words exports
 * use for it ("Created" for opened_at, "Requested via" for channel).
 */

// What exports call each field, beyond its own name. Lower case, words only.
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  external_id: [
    'id',
    'number',
    'ticket',
    'ticket id',
    'ticket number',
    'issue key',
    'key',
    'reference',
    'case id',
    'case number',
    'incident',
    'request id',
    'wo number',
    'work order',
    'matter id',
    'service request id',
  ],
  department: [
    'department',
    'dept',
    'group',
    'assignment group',
    'team',
    'practice group',
    'division',
    'agency',
    'unit',
  ],
  request_type: [
    'type',
    'request type',
    'category',
    'subcategory',
    'trade',
    'matter type',
    'service',
    'complaint type',
    'issue type',
    'topic',
  ],
  channel: [
    'channel',
    'source',
    'contact type',
    'requested via',
    'origin',
    'medium',
    'request channel',
    'submitted via',
    'intake',
  ],
  opened_at: [
    'created',
    'created date',
    'created at',
    'opened',
    'opened at',
    'open date',
    'submitted',
    'reported',
    'logged',
    'received',
    'start date',
  ],
  first_response_at: [
    'first response',
    'first responded',
    'responded',
    'acknowledged',
    'first reply',
    'response time',
  ],
  resolved_at: [
    'resolved',
    'resolved date',
    'resolved at',
    'closed',
    'closed date',
    'closed at',
    'completed',
    'completed at',
    'done',
    'finished',
    'end date',
  ],
  resolution: [
    'resolution',
    'outcome',
    'resolution status',
    'resolution code',
    'close code',
  ],
  sla_met: [
    'sla',
    'sla met',
    'made sla',
    'met target',
    'within sla',
    'on time',
    'target met',
  ],
  reopened: ['reopened', 'reopen', 'reopen count', 'reopened count'],
  handling_minutes: [
    'handling',
    'handling minutes',
    'handling time',
    'labour minutes',
    'labor minutes',
    'effort',
    'minutes',
    'time spent',
    'work minutes',
    'duration',
  ],
  count: ['count', 'requests', 'volume', 'number of requests', 'tickets'],
  avg_handling_minutes: [
    'average handling minutes',
    'avg handling',
    'handling minutes',
    'aht',
  ],
  avg_first_response_hours: [
    'average first response hours',
    'avg first response',
    'first response hours',
  ],
  week_start: [
    'week',
    'week start',
    'week starting',
    'week of',
    'week commencing',
  ],
  total: ['total', 'requests', 'volume', 'tickets'],
  deflected: ['deflected', 'self service', 'self served'],
  no_touch: ['no touch', 'automated', 'zero touch'],
  resolved: ['resolved', 'closed', 'completed'],
  sla_tracked: ['sla tracked', 'with sla', 'sla counted'],
  mean_resolution_hours: [
    'mean resolution hours',
    'average resolution hours',
    'avg resolution',
    'resolution hours',
  ],
  // An event log's columns (not fields of a format).
  event_time: [
    'event time',
    'timestamp',
    'time',
    'changed at',
    'updated at',
    'modified at',
    'sys updated at',
    'logged at',
    'event date',
  ],
  event_status: ['status', 'stage', 'state', 'step', 'incident state', 'phase'],
};

/** Lower case words of a header or name: `Created (local)` → ["created", "local"], `opened_at` → ["opened", "at"]. */
export function headerWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\(\d+\)\s*$/, '') // the `(2)` of a repeated header
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i += 1) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of the two texts' character pairs: 1 for the same text, 0 for nothing shared. */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  for (const [gram, count] of left)
    shared += Math.min(count, right.get(gram) ?? 0);
  const total = [...left.values(), ...right.values()].reduce(
    (sum, n) => sum + n,
    0,
  );
  return (2 * shared) / total;
}

// Words that say little on their own in a header ("Created (local)", "Date opened").
const FILLER = new Set([
  'at',
  'date',
  'time',
  'local',
  'utc',
  'the',
  'of',
  'by',
  'name',
  'value',
]);

// Without a word in common, only a near-identical spelling counts ("Requestd Via").
const SPELLING_ONLY = 0.85;

/** Whole words, or one the start of the other ("resolv", "resolved"), from four letters. */
function sameWord(a: string, b: string): boolean {
  return (
    a === b ||
    (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)))
  );
}

function similarity(header: string, phrase: string): number {
  const headerKey = headerWords(header).join(' ');
  const phraseKey = headerWords(phrase).join(' ');
  const whole = textSimilarity(headerKey, phraseKey);
  // "Created (local)" is "created" once the filler words are gone.
  const core = headerWords(header).filter((word) => !FILLER.has(word));
  const phraseCore = headerWords(phrase).filter((word) => !FILLER.has(word));
  const cores =
    core.length > 0 && phraseCore.length > 0
      ? textSimilarity(core.join(' '), phraseCore.join(' '))
      : 0;
  const score = Math.max(whole, cores);
  // Letters alone mislead: "Event Time" and "time spent" share most pairs and mean different things.
  const shared = core.some((word) =>
    phraseCore.some((other) => sameWord(word, other)),
  );
  return shared || score >= SPELLING_ONLY ? score : 0;
}

/** How much `header` looks like the target field `field` (0..1). */
export function headerLikeness(header: string, field: string): number {
  const phrases = [field, ...(SYNONYMS[field] ?? [])];
  return Math.max(...phrases.map((phrase) => similarity(header, phrase)));
}
