import { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities. After
 * all migrations have run this must be empty: anything here means an entity
 * changed without a migration (or a migration without its entity).
 */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return sqlInMemory.upQueries.map((query) => query.query);
}
