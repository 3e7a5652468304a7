import type { QueryRunner } from 'typeorm';

/**
 * The parameters of the statements of one import, each with its SQL type: a
 * statement may use only some of them, and PostgreSQL must know the type of
 * every one it is sent (`touchAll` names them all, harmlessly).
 */
export class QueryParameters {
  readonly values: unknown[] = [];
  private readonly types: string[] = [];

  /** Adds a value; returns its 1-based number. */
  add(value: unknown, type: string): number {
    this.values.push(value);
    this.types.push(type);
    return this.values.length;
  }

  /** A condition that is always true and mentions every parameter with its type. */
  touchAll(): string {
    return this.values.length === 0
      ? 'true'
      : `num_nulls(${this.types.map((type, i) => `$${i + 1}::${type}`).join(', ')}) >= 0`;
  }
}

type LookupContext = {
  raw: string;
  schema: string;
  unlogged: boolean;
  parameters: QueryParameters;
};

/** What a per-value function gives for one raw cell: a value as text (null for missing), or invalid. */
export type CellOutput = { ok: true; value: string | null } | { ok: false };

export type SqlType =
  'text' | 'uuid' | 'boolean' | 'timestamptz' | 'numeric' | 'bigint';

/** A function of one cell's text, run in JavaScript once per distinct value of the columns it reads. */
export type CellFunction = {
  name: string;
  type: SqlType;
  compute: (raw: string) => CellOutput;
};

// Up to this many distinct values a lookup is a jsonb parameter (a binary
// search per cell); above it, a table joined by hash (a free-text column, timestamps).
export const MAX_JSONB_VALUES = 100_000;
// Distinct values are read and their results written this many at a time.
const CHUNK = 20_000;

const NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Values of the source columns computed by the engine's own JavaScript
 * functions once per distinct cell text — never row by row — and handed to
 * SQL as a jsonb map (few values) or a lookup table (many, streamed in
 * chunks: memory stays flat). The SQL side reads a function's value for a
 * cell and whether the function accepted it; a cell it refuses (absent from
 * the map) marks its row for the JavaScript re-read, which reports the
 * exact problem.
 */
export class CellLookup {
  private readonly functions = new Map<string, CellFunction>();
  private mode:
    | { kind: 'jsonb'; parameters: Map<string, number> }
    | { kind: 'table'; table: string }
    | null = null;
  size = 0;

  constructor(
    readonly name: string,
    /** 0-based source columns whose cells this lookup reads (timestamps share one lookup). */
    readonly columns: readonly number[],
    private readonly forceTable = false,
  ) {
    if (!NAME.test(name)) throw new Error(`bad lookup name ${name}`);
  }

  add(fn: CellFunction): string {
    if (!NAME.test(fn.name)) throw new Error(`bad function name ${fn.name}`);
    if (!this.functions.has(fn.name)) this.functions.set(fn.name, fn);
    return fn.name;
  }

  get hasFunctions(): boolean {
    return this.functions.size > 0;
  }

  /**
   * Computes every function for every distinct value of the lookup's
   * columns in `raw`; parameters for jsonb maps are appended to `parameters`.
   */
  get single(): boolean {
    return this.columns.length === 1 && !this.forceTable;
  }

  async build(
    runner: QueryRunner,
    { raw, schema, unlogged, parameters }: LookupContext,
  ): Promise<void> {
    const values = `SELECT DISTINCT v FROM (${this.columns.map((c) => `SELECT coalesce(c${c + 1}, '') AS v FROM ${raw}`).join(' UNION ALL ')}) d`;
    if (!this.forceTable) {
      const rows: { v: string }[] = await runner.query(
        `${values} LIMIT ${MAX_JSONB_VALUES + 1}`,
      );
      if (rows.length <= MAX_JSONB_VALUES)
        return this.fromValues(
          rows.map((r) => r.v),
          parameters,
        );
    }
    await this.table(runner, values, schema, unlogged);
  }

  /** jsonb maps of every function over these values (all the distinct values of the lookup's columns). */
  fromValues(values: readonly string[], parameters: QueryParameters): void {
    this.size = values.length;
    const maps = new Map<string, [string, string | null][]>(
      [...this.functions.keys()].map((name) => [name, []]),
    );
    for (const v of values) {
      for (const [name, fn] of this.functions) {
        const out = fn.compute(v);
        if (out.ok) maps.get(name)!.push([v, out.value]);
      }
    }
    const indexes = new Map<string, number>();
    for (const [name, entries] of maps) {
      // Object.fromEntries defines own properties, "__proto__" included.
      indexes.set(
        name,
        parameters.add(JSON.stringify(Object.fromEntries(entries)), 'jsonb'),
      );
    }
    this.mode = { kind: 'jsonb', parameters: indexes };
  }

  /** A lookup table of every function, filled from `values` (a query of one column `v`) in chunks. */
  private async table(
    runner: QueryRunner,
    values: string,
    schema: string,
    unlogged: boolean,
  ): Promise<void> {
    const table = `${schema}.lookup_${this.name}`;
    const names = [...this.functions.keys()];
    await runner.query(
      `CREATE ${unlogged ? 'UNLOGGED' : 'TEMP'} TABLE ${table} (raw text, ${names.map((n) => `${n} text, ${n}_ok boolean`).join(', ')})`,
    );
    await runner.query(`DECLARE lookup_values NO SCROLL CURSOR FOR ${values}`);
    for (;;) {
      const rows: { v: string }[] = await runner.query(
        `FETCH ${CHUNK} FROM lookup_values`,
      );
      if (rows.length === 0) break;
      this.size += rows.length;
      const columns: unknown[][] = [rows.map((r) => r.v)];
      for (const fn of this.functions.values()) {
        const outputs = rows.map((r) => fn.compute(r.v));
        columns.push(
          outputs.map((o) => (o.ok ? o.value : null)),
          outputs.map((o) => o.ok),
        );
      }
      await runner.query(
        `INSERT INTO ${table} SELECT * FROM unnest($1::text[], ${names.map((_, i) => `$${2 * i + 2}::text[], $${2 * i + 3}::boolean[]`).join(', ')})`,
        columns,
      );
      if (rows.length < CHUNK) break;
    }
    await runner.query('CLOSE lookup_values');
    await runner.query(`ANALYZE ${table}`);
    this.mode = { kind: 'table', table };
  }

  /** The join this lookup needs for column `c` (table mode), or ''. */
  join(column: number): string {
    if (this.mode?.kind !== 'table') return '';
    return ` LEFT JOIN ${this.mode.table} ${this.alias(column)} ON ${this.alias(column)}.raw = coalesce(r.c${column + 1}, '')`;
  }

  /** The function's value for column `column`'s cell, typed. */
  value(fn: string, column: number): string {
    const type = this.functions.get(fn)!.type;
    const mode = this.built();
    if (mode.kind === 'jsonb')
      return `(($${mode.parameters.get(fn)}::jsonb ->> coalesce(r.c${column + 1}, '')))::${type}`;
    return `(${this.alias(column)}.${fn})::${type}`;
  }

  /** Whether the function accepted column `column`'s cell. */
  ok(fn: string, column: number): string {
    const mode = this.built();
    if (mode.kind === 'jsonb')
      return `($${mode.parameters.get(fn)}::jsonb ? coalesce(r.c${column + 1}, ''))`;
    return `coalesce(${this.alias(column)}.${fn}_ok, false)`;
  }

  private alias(column: number): string {
    return `${this.name}_${column + 1}`;
  }

  // Before build() the SQL is only rendered to register the functions it
  // uses: a placeholder stands in, and the SQL is rendered again after.
  private built():
    | { kind: 'jsonb'; parameters: Map<string, number> }
    | { kind: 'table'; table: string } {
    return this.mode ?? { kind: 'table', table: 'unbuilt' };
  }
}

/**
 * Builds lookups: those of one column from one scan of the raw table
 * (GROUPING SETS: every column's distinct values at once) when they all have
 * few enough values for jsonb maps; the others, or all when there are too
 * many values to tell, one by one.
 */
export async function buildLookups(
  runner: QueryRunner,
  lookups: readonly CellLookup[],
  context: LookupContext,
): Promise<void> {
  const singles = lookups.filter((lookup) => lookup.single);
  const rest = lookups.filter((lookup) => !lookup.single);
  if (singles.length > 1) {
    const cells = singles.map(
      (lookup, i) => `coalesce(r.c${lookup.columns[0] + 1}, '') AS x${i}`,
    );
    const sets = singles.map((_, i) => `(x${i})`).join(', ');
    const limit = MAX_JSONB_VALUES * singles.length + 1;
    const rows: Record<string, string | number>[] = await runner.query(
      `SELECT ${singles.map((_, i) => `x${i}`).join(', ')}, GROUPING(${singles.map((_, i) => `x${i}`).join(', ')}) AS g
         FROM (SELECT ${cells.join(', ')} FROM ${context.raw} r) v GROUP BY GROUPING SETS (${sets}) LIMIT ${limit}`,
    );
    if (rows.length < limit) {
      const values: string[][] = singles.map(() => []);
      for (const row of rows) {
        // GROUPING() has a 0 bit for the grouped column, the first argument highest.
        const i = singles.findIndex(
          (_, index) =>
            ((Number(row.g) >> (singles.length - 1 - index)) & 1) === 0,
        );
        values[i].push(String(row[`x${i}`]));
      }
      for (const [i, lookup] of singles.entries()) {
        if (values[i].length <= MAX_JSONB_VALUES)
          lookup.fromValues(values[i], context.parameters);
        else rest.push(lookup);
      }
    } else {
      rest.push(...singles);
    }
  } else {
    rest.push(...singles);
  }
  for (const lookup of rest) await lookup.build(runner, context);
}
