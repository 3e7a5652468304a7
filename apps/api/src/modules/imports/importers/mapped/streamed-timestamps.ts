import {
  CompiledMapping,
  MAX_CELL_LENGTH,
  RequestRow,
} from '@esm-planner/domain-imports';

/** One timestamp column's reading as SQL over the raw row `r`: missing; the instant (NULL when missing or unread); read without an offset. */
export type TimestampColumnSql = { miss: string; at: string; naive: string };

/** A cell's missing, instant (ISO-8601) and naive columns. */
type Reading = readonly [boolean, string | null, boolean];
const MISSING: Reading = [true, null, false];
const UNREAD: Reading = [false, null, false];

/** The columns a mapping reads timestamps from: timestamp fields, their fallbacks, an event log's time. */
export function timestampColumns(
  mapping: CompiledMapping<RequestRow>,
): number[] {
  const columns = new Set<number>();
  for (const field of mapping.plan.fields) {
    if (field.field.type !== 'timestamp' || field.source !== 'COLUMN') continue;
    if (field.column !== null) columns.add(field.column);
    if (field.fallback?.column !== null && field.fallback?.column !== undefined)
      columns.add(field.fallback.column);
  }
  const eventTime = mapping.eventLog?.eventTime.column;
  if (eventTime !== null && eventTime !== undefined) columns.add(eventTime);
  return [...columns].sort((a, b) => a - b);
}

/**
 * A mapping's timestamp cells read in Node as the raw rows stream to COPY
 * (data-formats §5 "one streaming pass"), by the engine's own date reader:
 * each timestamp column gets three typed columns beside its text in the
 * raw table — whether the cell is missing, its instant as ISO-8601 (which
 * PostgreSQL reads at COPY speed) and whether it had no offset. A cell the
 * engine cannot read, or reads as a local time a clock change skipped or
 * repeated, is neither missing nor an instant: its row is marked bad and
 * re-read in JavaScript, which reports it, or stages it with its clock
 * change counted, exactly as before.
 */
export class StreamedTimestamps {
  readonly columns: readonly number[];

  constructor(private readonly mapping: CompiledMapping<RequestRow>) {
    this.columns = timestampColumns(mapping);
    this.lastRaw = this.columns.map(() => null);
  }

  /** The raw table's extra columns (name and type), in the order values() gives them. */
  get definitions(): string[] {
    return this.columns.flatMap((c) => [
      `t${c + 1}_miss boolean`,
      `t${c + 1}_at timestamptz`,
      `t${c + 1}_naive boolean`,
    ]);
  }

  /** The extra columns' values of one record (cells as the reader gives them; a short record's missing cells are empty). */
  values(cells: readonly string[]): (string | boolean | null)[] {
    const out: (string | boolean | null)[] = [];
    for (let i = 0; i < this.columns.length; i += 1) {
      const raw = cells[this.columns[i]] ?? '';
      // An event log repeats a case's times on each of its events, one after
      // another: the previous line's reading of the column is reused when its
      // text is the same (no cache beyond one cell a column: memory stays flat).
      if (raw !== this.lastRaw[i]) {
        this.lastRaw[i] = raw;
        this.lastReading[i] = this.readCell(raw);
      }
      const [miss, at, naive] = this.lastReading[i];
      out.push(miss, at, naive);
    }
    return out;
  }

  private readonly lastRaw: (string | null)[];
  private readonly lastReading: Reading[] = [];

  private readCell(raw: string): Reading {
    const { plan } = this.mapping;
    if (raw.length > MAX_CELL_LENGTH) return UNREAD;
    if (plan.isMissing(raw)) return MISSING;
    const read = plan.dates.readInstant(raw);
    if (!read.ok || read.value.localTime !== 'EXACT') return UNREAD;
    return [
      false,
      new Date(read.value.epochMs).toISOString(),
      !read.value.hadOffset,
    ];
  }

  /** The SQL of one column's reading, over the raw row `r`. */
  read(column: number): TimestampColumnSql {
    if (!this.columns.includes(column))
      throw new Error(
        `column ${column + 1} is not a timestamp column of the mapping`,
      );
    const name = `r.t${column + 1}`;
    return { miss: `${name}_miss`, at: `${name}_at`, naive: `${name}_naive` };
  }
}
