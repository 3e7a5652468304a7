import {
  channelFromSource,
  CompiledCondition,
  CompiledMapping,
  conditionHolds,
  FieldPlan,
  reportedValue,
  RequestRow,
} from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../../import-departments';
import { CellFunction, CellLookup, SqlType } from './cell-lookups';
import {
  instantOf,
  instantOutput,
  literal,
  readCell,
  TYPES,
} from './cell-values';
import { TimestampColumnSql, timestampColumns } from './streamed-timestamps';

/** A target field as SQL over a raw row `r`: its typed value and whether the row is invalid because of it. */
export type FieldSql = { value: string; bad: string };

/** A timestamp field also says whether it had no offset and how a clock change read it. */
export type TimestampSql = FieldSql & { naive: string; clock: string };

/**
 * The SQL of each request field of a mapping (data-formats §5), computed by
 * the engine's own functions once per distinct source value (CellLookup):
 * the bound column's cell — or, when it is missing and the fallback's
 * condition holds, the fallback column's — through the value map, default
 * and the format's reading. Anything those functions refuse marks the row
 * bad; the JavaScript re-read then says exactly why.
 */
export class RequestFieldSql {
  private readonly lookups = new Map<string, CellLookup>();
  private readonly sqlTimes = new Map<number, TimestampColumnSql>();
  // The joins the SQL being rendered uses (collect()).
  private used: Set<string> | null = null;
  readonly timestamps: CellLookup;

  constructor(
    private readonly mapping: CompiledMapping<RequestRow>,
    private readonly resolver: DepartmentResolver,
    /** Each timestamp column's reading as SQL over the raw row (streamed-timestamps.ts); else through the lookup. */
    private readonly sqlDates: {
      read(column: number): TimestampColumnSql;
    } | null = null,
  ) {
    this.timestamps = new CellLookup('ts', timestampColumns(mapping));
  }

  /** Every lookup the SQL built so far refers to (build them, then render the SQL again). */
  get all(): CellLookup[] {
    return [
      ...this.lookups.values(),
      ...(this.timestamps.hasFunctions ? [this.timestamps] : []),
    ];
  }

  /** The joins table-mode lookups need, for every column they serve, and the timestamp columns read in SQL. */
  joins(): string {
    const lookups = this.all
      .map((lookup) => lookup.columns.map((c) => lookup.join(c)).join(''))
      .join('');
    return lookups;
  }

  /** Renders SQL, and the joins that SQL uses (not those other SQL of the same mapping uses). */
  collect<T>(render: () => T): { value: T; joins: string } {
    this.used = new Set();
    try {
      const value = render();
      const used = this.used;
      const lookups = this.all
        .map((lookup) =>
          lookup.columns
            .filter((c) => used.has(`${lookup.name}:${c}`))
            .map((c) => lookup.join(c))
            .join(''),
        )
        .join('');
      return { value, joins: lookups };
    } finally {
      this.used = null;
    }
  }

  private use(key: string): void {
    this.used?.add(key);
  }

  /** A timestamp column's typed columns in the raw table (streamed-timestamps.ts); null without them. */
  sqlTimestamp(column: number): TimestampColumnSql | null {
    if (!this.sqlDates) return null;
    let read = this.sqlTimes.get(column);
    if (!read) {
      read = this.sqlDates.read(column);
      this.sqlTimes.set(column, read);
    }
    return read;
  }

  /**
   * A timestamp field read in SQL: the bound column's instant, or the
   * fallback column's when the bound one is missing and the condition holds.
   * A cell SQL cannot classify or read marks the row bad (re-read).
   */
  private timestampInSql(plan: FieldPlan): TimestampSql | null {
    if (!this.sqlDates || plan.source !== 'COLUMN' || plan.column === null)
      return null;
    const primary = this.sqlTimestamp(plan.column)!;
    const unreadable = (t: TimestampColumnSql) =>
      `(NOT ${t.miss} AND NOT ${t.known})`;
    const fallback = plan.fallback;
    if (!fallback || fallback.column === null) {
      return {
        value: primary.at,
        bad: unreadable(primary),
        naive: `coalesce(${primary.known} AND ${primary.naive}, false)`,
        clock: 'NULL::text',
      };
    }
    const other = this.sqlTimestamp(fallback.column)!;
    const when =
      fallback.when === null
        ? 'true'
        : fallback.when.column === null
          ? 'false'
          : this.columnCondition(fallback.when, `${plan.field.name}_when`);
    const useFallback = `(${primary.miss} AND ${when} AND NOT ${other.miss})`;
    return {
      value: `(CASE WHEN ${useFallback} THEN ${other.at} ELSE ${primary.at} END)`,
      bad: `(CASE WHEN ${useFallback} THEN NOT ${other.known} ELSE ${unreadable(primary)} END)`,
      naive: `coalesce(CASE WHEN ${useFallback} THEN ${other.known} AND ${other.naive} ELSE ${primary.known} AND ${primary.naive} END, false)`,
      clock: 'NULL::text',
    };
  }

  field(name: string): FieldPlan {
    return this.mapping.plan.fields.find((field) => field.field.name === name)!;
  }

  /** A categorical or text field's value: department as its id, channel as its canonical name, booleans, decimals. */
  value(name: string): FieldSql {
    const plan = this.field(name);
    const type = TYPES[name];
    const fn: CellFunction = {
      name: `v_${name}`,
      type,
      compute: (raw) => readCell(this.mapping, this.resolver, name, raw),
    };
    return this.choose(plan, fn, type);
  }

  /** The raw text of a channel the format's reader sent to OTHER (reported as mappedToOther), else NULL. */
  otherChannel(): string {
    const plan = this.field('channel');
    const fn: CellFunction = {
      name: 'o_channel',
      type: 'text',
      compute: (raw) => {
        const read = this.mapping.readValue('channel', raw);
        const mapped = read.ok
          ? (read.value as ReturnType<typeof channelFromSource>)
          : null;
        return {
          ok: true,
          value: mapped?.mappedToOther
            ? reportedValue(this.mapping.mapText('channel', raw).trim())
            : null,
        };
      },
    };
    return this.choose(plan, fn, 'text').value;
  }

  /** A timestamp field: the instant, whether its text had no offset, SKIPPED/REPEATED local times. */
  timestamp(name: string): TimestampSql {
    const plan = this.field(name);
    const inSql = this.timestampInSql(plan);
    if (inSql) return inSql;
    // The three functions of one field read the same value in turn: read it once.
    let last: {
      raw: string;
      read: ReturnType<CompiledMapping<RequestRow>['readValue']>;
    } | null = null;
    const read = (raw: string) => {
      if (last?.raw !== raw)
        last = { raw, read: this.mapping.readValue(name, raw) };
      return last.read;
    };
    const at = this.choose(
      plan,
      {
        name: `t_${name}`,
        type: 'timestamptz',
        compute: (raw) => instantOutput(read(raw)),
      },
      'timestamptz',
      this.timestamps,
    );
    const naive = this.choose(
      plan,
      {
        name: `n_${name}`,
        type: 'boolean',
        compute: (raw) => ({
          ok: true,
          value: String(instantOf(read(raw))?.hadOffset === false),
        }),
      },
      'boolean',
      this.timestamps,
    );
    const clock = this.choose(
      plan,
      {
        name: `k_${name}`,
        type: 'text',
        compute: (raw) => ({
          ok: true,
          value: instantOf(read(raw))?.localTime ?? null,
        }),
      },
      'text',
      this.timestamps,
    );
    return {
      ...at,
      naive: `coalesce(${naive.value}, false)`,
      clock: clock.value,
    };
  }

  /** A condition on a source column of the row (missing never holds). */
  columnCondition(condition: CompiledCondition, key: string): string {
    if (condition.column === null) return 'false';
    const lookup = this.lookup(condition.column);
    const fn = lookup.add({
      name: `h_${key}`,
      type: 'boolean',
      compute: (raw) => ({
        ok: true,
        value: String(
          conditionHolds(
            condition,
            this.mapping.plan.isMissing(raw) ? null : raw,
          ),
        ),
      }),
    });
    return `coalesce(${lookup.value(fn, condition.column)}, false)`;
  }

  /** A condition on a field's mapped text (a channel by its canonical name). */
  fieldCondition(condition: CompiledCondition, key: string): string {
    const plan = this.field(condition.field!);
    const holds = (text: string) =>
      String(conditionHolds(condition, text.trim() === '' ? null : text));
    if (plan.source === 'CONSTANT') return holds(plan.constant!);
    if (plan.source === 'NONE') return 'false';
    const fn: CellFunction = {
      name: `h_${key}`,
      type: 'boolean',
      compute: (raw) => ({
        ok: true,
        value: holds(this.mapping.mapText(plan.field.name, raw)),
      }),
    };
    return `coalesce(${this.choose(plan, fn, 'boolean').value}, false)`;
  }

  /** The lookup of one categorical source column (created on first use). */
  lookup(column: number): CellLookup {
    let lookup = this.lookups.get(`c${column}`);
    if (!lookup) {
      lookup = new CellLookup(`c${column + 1}`, [column]);
      this.lookups.set(`c${column}`, lookup);
    }
    this.use(`${lookup.name}:${column}`);
    return lookup;
  }

  /** The shared timestamp lookup, used for `column` by the SQL being rendered. */
  timestampLookup(column: number): CellLookup {
    this.use(`${this.timestamps.name}:${column}`);
    return this.timestamps;
  }

  /**
   * A function of the field's chosen cell: the bound column's, or — when it
   * is missing and the fallback's condition holds and the fallback cell is
   * not missing — the fallback column's. A constant is computed once.
   */
  private choose(
    plan: FieldPlan,
    fn: CellFunction,
    type: SqlType,
    shared?: CellLookup,
  ): FieldSql {
    if (plan.source === 'NONE') return { value: `NULL::${type}`, bad: 'false' };
    if (plan.source === 'CONSTANT' || plan.column === null) {
      const out = fn.compute(plan.source === 'CONSTANT' ? plan.constant! : '');
      return out.ok
        ? { value: literal(out.value, type), bad: 'false' }
        : { value: `NULL::${type}`, bad: 'true' };
    }
    const at = (column: number) => {
      const lookup = shared
        ? this.timestampLookup(column)
        : this.lookup(column);
      const name = lookup.add(fn);
      return { value: lookup.value(name, column), ok: lookup.ok(name, column) };
    };
    const primary = at(plan.column);
    const fallback = plan.fallback;
    if (!fallback || fallback.column === null)
      return { value: primary.value, bad: `NOT ${primary.ok}` };
    const missing = (column: number) => {
      const lookup = shared
        ? this.timestampLookup(column)
        : this.lookup(column);
      const name = lookup.add({
        name: 'miss',
        type: 'boolean',
        compute: (raw) => ({
          ok: true,
          value: String(this.mapping.plan.isMissing(raw)),
        }),
      });
      return `coalesce(${lookup.value(name, column)}, true)`;
    };
    const when =
      fallback.when === null
        ? 'true'
        : fallback.when.column === null
          ? 'false'
          : this.columnCondition(fallback.when, `${plan.field.name}_when`);
    const other = at(fallback.column);
    const useFallback = `(${missing(plan.column)} AND ${when} AND NOT ${missing(fallback.column)})`;
    return {
      value: `(CASE WHEN ${useFallback} THEN ${other.value} ELSE ${primary.value} END)`,
      bad: `(CASE WHEN ${useFallback} THEN NOT ${other.ok} ELSE NOT ${primary.ok} END)`,
    };
  }
}
