import {
  CompiledMapping,
  MAX_CELL_LENGTH,
  RequestRow,
} from '@esm-planner/domain-imports';

/**
 * One timestamp column's reading as SQL over the raw row `r`: missing; the
 * instant (NULL when missing or unread); whether there is one (cheaper than
 * asking the instant); read without an offset.
 */
export type TimestampColumnSql = {
  miss: string;
  at: string;
  known: string;
  naive: string;
};

/** A cell's missing, instant (milliseconds since 1970, as text) and naive columns. */
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
 * raw table — whether the cell is missing, its instant as milliseconds
 * since 1970 (a bigint: COPY reads one in a third of the CPU of an
 * ISO-8601 timestamptz, docs/decisions/0031) and whether it had no offset. A cell the
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
    this.lastText = this.columns.map(() => '');
  }

  /** The raw table's extra columns (name and type), in the order values() gives them. */
  get definitions(): string[] {
    return this.columns.flatMap((c) => [
      `t${c + 1}_miss boolean`,
      `t${c + 1}_ms bigint`,
      `t${c + 1}_naive boolean`,
    ]);
  }

  /**
   * The extra columns of one record as CSV fields, each after `delimiter`
   * (values() as the derived-field appender writes them: t/f, an empty
   * field for NULL), a column's text kept with its reading.
   */
  fields(cells: readonly string[], delimiter: string): string {
    let text = '';
    for (let i = 0; i < this.columns.length; i += 1) {
      const raw = cells[this.columns[i]] ?? '';
      if (raw !== this.lastRaw[i]) {
        this.lastRaw[i] = raw;
        this.lastReading[i] = this.readCell(raw);
        this.lastText[i] = '';
      }
      if (this.lastText[i] === '') {
        const [miss, at, naive] = this.lastReading[i];
        this.lastText[i] =
          `${delimiter}${miss ? 't' : 'f'}${delimiter}${at ?? ''}${delimiter}${naive ? 't' : 'f'}`;
      }
      text += this.lastText[i];
    }
    return text;
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
        this.lastText[i] = '';
      }
      const [miss, at, naive] = this.lastReading[i];
      out.push(miss, at, naive);
    }
    return out;
  }

  private readonly lastRaw: (string | null)[];
  // fields()'s text of the last reading ('' until written).
  private readonly lastText: string[];
  private readonly lastReading: Reading[] = [];

  private readCell(raw: string): Reading {
    const { plan } = this.mapping;
    if (raw.length > MAX_CELL_LENGTH) return UNREAD;
    if (plan.isMissing(raw)) return MISSING;
    const read = plan.dates.readInstant(raw);
    if (!read.ok || read.value.localTime !== 'EXACT') return UNREAD;
    // Whole milliseconds, as a Date keeps them (String(-0) is "0").
    return [
      false,
      String(Math.trunc(read.value.epochMs)),
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
    return {
      miss: `${name}_miss`,
      at: instantSql(`${name}_ms`),
      known: `(${name}_ms IS NOT NULL)`,
      naive: `${name}_naive`,
    };
  }
}

/**
 * The timestamptz of a bigint of milliseconds since 1970, exactly: whole
 * seconds and the rest apart, since an interval times a number is computed
 * in double precision (milliseconds × 1,000 µs would lose microseconds past
 * the year 2255; seconds × 1,000,000 µs are multiples of 64, exact to the
 * year 9999). An interval of time alone adds the same microseconds in any
 * time zone.
 */
export function instantSql(ms: string): string {
  return `(timestamptz 'epoch' + (${ms} / 1000) * interval '1 second' + (${ms} % 1000) * interval '1 millisecond')`;
}
