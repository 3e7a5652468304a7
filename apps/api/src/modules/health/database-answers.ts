import type { DataSource } from 'typeorm';

/**
 * Whether PostgreSQL answers `SELECT 1` within `timeoutMs`. A database that
 * refuses connections fails at once, but one that stops answering (a
 * network partition, a hung server) would hold the query until TCP gives up,
 * minutes later: the probe stops waiting instead. The query itself is left to
 * the pool's timeouts (DATABASE_CONNECT_TIMEOUT_MS, TCP keep-alive).
 */
export async function databaseAnswers(
  dataSource: DataSource,
  timeoutMs: number,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const probe = dataSource.query('SELECT 1').then(
    () => true,
    () => false,
  );
  const gaveUp = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([probe, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}
