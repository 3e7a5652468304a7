import type { ReportedError } from './importer';
import { storableText } from '../storable-text';

/** Runs one SQL statement on the import's connection (inside its transaction). */
export type Sql = (sql: string, parameters?: unknown[]) => Promise<any>;

// Problems are written to the database in batches of this many: a file
// whose rows are all broken still imports in flat memory.
const BATCH = 2_000;

/**
 * The rows an import leaves out under `invalidRows: SKIP` (data-formats §5),
 * written to import_skipped_row inside the import's transaction as they are
 * found — so a rolled-back import leaves none, and the list is complete
 * whatever its length. `rows` counts rows (or cases), not problems: a row
 * with two bad cells is one skipped row with two problems.
 */
export class SkippedRows {
  private buffer: ReportedError[] = [];
  private written = 0;
  private lastLine = -1;
  rows = 0;

  constructor(
    private readonly target: { organizationId: string; jobId: string },
  ) {}

  get problems(): number {
    return this.written + this.buffer.length;
  }

  /** Whether the buffer is due to be written (a streaming caller pauses its COPY for it). */
  get full(): boolean {
    return this.buffer.length >= BATCH;
  }

  /** One skipped row and its problems. */
  add(problems: readonly ReportedError[]): void {
    if (problems.length === 0) return;
    this.rows += 1;
    this.lastLine = problems[0].line;
    this.buffer.push(...problems);
  }

  /** A further problem of the row added last (not counted again). */
  addToLast(problem: ReportedError): void {
    if (this.lastLine !== problem.line) this.rows += 1;
    this.lastLine = problem.line;
    this.buffer.push(problem);
  }

  async flush(sql: Sql): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, BATCH);
      await sql(
        `INSERT INTO import_skipped_row (organization_id, import_job_id, ordinal, line, column_number, message, value)
         SELECT $1, $2, $3 + n, line, column_number, message, value
           FROM unnest($4::int[], $5::int[], $6::text[], $7::text[]) WITH ORDINALITY AS p(line, column_number, message, value, n)`,
        [
          this.target.organizationId,
          this.target.jobId,
          this.written,
          batch.map((p) => p.line),
          batch.map((p) => p.column ?? 0),
          batch.map((p) => storableText(p.message)),
          batch.map((p) => storableText(p.value ?? null)),
        ],
      );
      this.written += batch.length;
    }
  }

  /**
   * Moves rows a SQL statement found into the list: `select` returns
   * (line, column_number, message, value) rows, one row per skipped row.
   */
  async addFromSql(
    sql: Sql,
    select: string,
    parameters: unknown[] = [],
  ): Promise<number> {
    await this.flush(sql);
    const offset = parameters.length;
    const [{ n }] = await sql(
      `WITH found AS (${select}),
            written AS (
              INSERT INTO import_skipped_row (organization_id, import_job_id, ordinal, line, column_number, message, value)
              SELECT $${offset + 1}, $${offset + 2}, $${offset + 3} + row_number() OVER (ORDER BY line, column_number), line, coalesce(column_number, 0), message, value FROM found
              RETURNING 1)
       SELECT count(*)::int AS n FROM written`,
      [
        ...parameters,
        this.target.organizationId,
        this.target.jobId,
        this.written,
      ],
    );
    this.written += n;
    this.rows += n;
    return n;
  }

  /** The first `limit` problems in file order (the job's report). */
  async first(sql: Sql, limit: number): Promise<ReportedError[]> {
    await this.flush(sql);
    if (this.written === 0) return [];
    const rows: {
      line: number;
      column: number | null;
      message: string;
      value: string | null;
    }[] = await sql(
      `SELECT line, nullif(column_number, 0) AS column, message, value FROM import_skipped_row
        WHERE organization_id = $1 AND import_job_id = $2 ORDER BY line, column_number, ordinal LIMIT $3`,
      [this.target.organizationId, this.target.jobId, limit],
    );
    return rows;
  }
}
