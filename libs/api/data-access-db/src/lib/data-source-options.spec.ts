import { MIGRATIONS } from '../migrations';
import { dataSourceOptions } from './data-source-options';
import { ENTITIES } from './entities';

describe(dataSourceOptions.name, () => {
  const options = dataSourceOptions({
    url: 'postgres://user@localhost:5432/db',
  });

  it('never lets TypeORM change the schema by itself: migrations only', () => {
    expect(options.synchronize).toBe(false);
    expect(options.migrations).toBe(MIGRATIONS);
  });

  it('knows every entity', () => {
    expect(options.entities).toBe(ENTITIES);
    expect(ENTITIES.length).toBeGreaterThanOrEqual(7);
  });

  it('lists migrations oldest first, each named by its timestamp', () => {
    const stamps = MIGRATIONS.map((migration) =>
      Number(/^Migration(\d+)$/.exec(migration.name)?.[1]),
    );
    expect(stamps.every(Number.isFinite)).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });

  it('opens every connection with the given timeouts (statement and idle limits as startup parameters)', () => {
    const timed = dataSourceOptions({
      url: 'postgres://user@localhost:5432/db',
      timeouts: {
        connectMs: 5_000,
        statementMs: 30_000,
        idleInTransactionMs: 60_000,
      },
    });
    expect(timed).toMatchObject({
      connectTimeoutMS: 5_000,
      extra: {
        statement_timeout: 30_000,
        idle_in_transaction_session_timeout: 60_000,
        keepAlive: true,
      },
    });
  });
});
