import { bindUsed, rebuildRollupStatements } from './request-rollups.sql';

describe('bindUsed', () => {
  it('keeps the parameters a statement mentions, renumbered in order', () => {
    // $2 and $3 used, $1 not: they become $1 and $2, bound to the 2nd and 3rd values.
    expect(bindUsed('SELECT $3, $2, $3', ['org', 'UTC', 'GENERIC'])).toEqual({
      sql: 'SELECT $2, $1, $2',
      parameters: ['UTC', 'GENERIC'],
    });
    expect(bindUsed('SELECT 1', ['org'])).toEqual({
      sql: 'SELECT 1',
      parameters: [],
    });
    expect(bindUsed('SELECT $1, $2', ['org', 'UTC', undefined])).toEqual({
      sql: 'SELECT $1, $2',
      parameters: ['org', 'UTC'],
    });
  });
});

describe('rebuildRollupStatements', () => {
  const joined = (statements: string[]) => statements.join(';\n');

  it('counts a stage in a statement of its own and reads request_fact only when other sources exist', () => {
    const alone = rebuildRollupStatements({
      stage: 'import_x.request_stage',
      others: false,
    });
    const stageCount = alone.find((sql) =>
      sql.startsWith('CREATE TEMP TABLE rollup_fine'),
    )!;
    expect(stageCount).toContain('FROM import_x.request_stage f');
    // Temp tables keep PostgreSQL from using parallel workers: the stage's count reads none.
    expect(stageCount).not.toMatch(/rollup_keys|request_fact/);
    expect(joined(alone)).not.toContain('request_fact f');

    const withOthers = joined(
      rebuildRollupStatements({
        stage: 'import_x.request_stage',
        others: true,
      }),
    );
    expect(withOthers).toContain('INSERT INTO rollup_fine');
    expect(withOthers).toContain('f.source <> $3');
  });

  it('reads the months a re-import made from its stage, and request_fact outside them only, every source', () => {
    const months = [
      { from: '2026-08-01 00:00:00+00', to: '2026-09-01 00:00:00+00' },
    ];
    const statements = rebuildRollupStatements({
      stage: 'import_x.request_stage',
      others: true,
      months,
    });
    const stageCount = statements.find((sql) =>
      sql.startsWith('CREATE TEMP TABLE rollup_fine'),
    )!;
    expect(stageCount).toContain(
      "FROM import_x.request_stage f WHERE ((f.opened_at >= '2026-08-01 00:00:00+00'::timestamptz AND f.opened_at < '2026-09-01 00:00:00+00'::timestamptz))",
    );
    const all = joined(statements);
    // Outside August as comparisons PostgreSQL prunes by, not NOT (…).
    expect(all).toContain(
      "AND (f.opened_at < '2026-08-01 00:00:00+00'::timestamptz OR f.opened_at >= '2026-09-01 00:00:00+00'::timestamptz)",
    );
    expect(all).not.toContain('$3');
    expect(all).toContain(
      "FROM import_x.request_stage f WHERE ((f.opened_at >= '2026-08-01 00:00:00+00'::timestamptz AND f.opened_at < '2026-09-01 00:00:00+00'::timestamptz)) AND f.resolved_at IS NOT NULL UNION ALL",
    );
  });

  it('reads request_fact alone without a stage', () => {
    const statements = joined(
      rebuildRollupStatements({ stage: null, others: true }),
    );
    expect(statements).toContain('FROM request_fact f');
    expect(statements).not.toContain('$3');
  });
});
