import { QueryRunner } from 'typeorm';
import { ImportError } from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../import-departments';
import { SkippedRows } from './skipped-rows';

/**
 * An event log (ServiceNow) repeats a ticket once per update: only each
 * ticket's latest row stays in the stage — the highest version rank
 * (sys_mod_count), ties to the latest update time, then the later line.
 */
export async function keepLatestVersions(runner: QueryRunner): Promise<void> {
  await runner.query(
    `DELETE FROM request_stage s USING request_stage t
      WHERE t.external_id = s.external_id
        AND (coalesce(t.version_rank, -1), coalesce(t.version_time, '-infinity'), t.line)
          > (coalesce(s.version_rank, -1), coalesce(s.version_time, '-infinity'), s.line)`,
  );
}

/**
 * Resolves the departments the kept rows name (each at the first line it is
 * kept on) and writes their ids into the stage; the errors for unknown ones.
 */
export async function resolveStagedDepartments(runner: QueryRunner, resolver: DepartmentResolver, column: number | null, skipped: SkippedRows | null = null): Promise<ImportError[]> {
  const names: { department_name: string; line: number }[] = await runner.query(
    'SELECT department_name, min(line)::int AS line FROM request_stage GROUP BY department_name ORDER BY min(line)',
  );
  const errors: ImportError[] = [];
  const resolvedNames: string[] = [];
  const ids: string[] = [];
  for (const { department_name: name, line } of names) {
    const resolved = resolver.resolve({ name, line, column });
    if ('error' in resolved) errors.push({ ...resolved.error, value: name });
    else {
      resolvedNames.push(name);
      ids.push(resolved.id);
    }
  }
  if (errors.length > 0 && !skipped) return errors;
  if (errors.length > 0 && skipped) {
    // SKIP: every kept ticket of a department that cannot be used is skipped, with that department's problem.
    await skipped.addFromSql(
      (sql, parameters) => runner.query(sql, parameters),
      `SELECT s.line, $3::int AS column_number, e.message, s.department_name AS value
         FROM request_stage s JOIN unnest($1::text[], $2::text[]) AS e(name, message) ON s.department_name = e.name`,
      [errors.map((e) => e.value), errors.map((e) => e.message), column],
    );
    await runner.query('DELETE FROM request_stage WHERE department_name = ANY($1::text[])', [errors.map((e) => e.value)]);
  }
  await runner.query(
    'UPDATE request_stage s SET department_id = m.id FROM unnest($1::text[], $2::uuid[]) AS m(name, id) WHERE s.department_name = m.name',
    [resolvedNames, ids],
  );
  return [];
}
