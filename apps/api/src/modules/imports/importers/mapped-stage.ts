import {
  ColumnMappingInput,
  compileColumnMapping,
} from '@esm-planner/domain-imports';
import { SourceRecord } from '../readers/source-record';
import { failedOutcome, plural } from './importer';
import { externalIdColumn, loadMappedRequests } from './mapped/mapped-requests';
import { clientOf } from './pool-client';
import { headerDelimiter } from './header-delimiter';
import { SkippedRows } from './skipped-rows';
import {
  departmentResolverFor,
  StagedRequests,
  StagingContext,
} from './staged-requests';

/** A request mapping as stored on the job: its definition and request_fact.source. */
export type StoredRequestMapping = ColumnMappingInput & { source: string };

/** A column mapping (saved or built in) on the COPY path (mapped/). */
export async function stageMapped(
  context: StagingContext,
  stored: StoredRequestMapping,
  header: string[],
  records: AsyncIterator<SourceRecord>,
  timeZone: string,
  skipped: SkippedRows | null,
): Promise<StagedRequests> {
  const { runner } = context;
  const { job, filePath, onRows, onBytes } = context.input;
  const compiled = compileColumnMapping({
    mapping: { ...stored, kind: 'REQUESTS' },
    header,
    timeZone,
  });
  if (!compiled.ok)
    return { ok: false, outcome: failedOutcome(0, compiled.errors) };
  if (!filePath)
    throw new Error('a mapped request import needs its staged file');
  const resolver = await departmentResolverFor(context);
  const result = await loadMappedRequests({
    runner,
    client: clientOf(runner),
    jobId: job.id,
    filePath,
    delimiter: await headerDelimiter(filePath),
    header,
    records: () => records,
    mapping: compiled.mapping,
    definition: stored,
    resolver,
    skipped,
    onRows,
    onBytes: onBytes ?? (() => undefined),
  });
  if (!result.ok) {
    const outcome = failedOutcome(result.rowsRead, result.errors);
    return {
      ok: false,
      outcome: {
        ...outcome,
        errorCount: result.errorCount,
        message: `${plural(result.errorCount, 'error')} found: nothing was stored. Fix the file and import it again.`,
      },
    };
  }
  return {
    ok: true,
    rowsRead: result.rowsRead,
    mappedToOther: result.mappedToOther,
    localTimes: result.localTimes,
    resolver,
    stage: result.stage,
    workingSchema: true,
    source: stored.source,
    externalIdColumn: externalIdColumn(compiled.mapping),
    cases: result.cases ?? undefined,
    clockChanges: result.clockChanges,
    usedDepartmentIds: result.usedDepartmentIds,
  };
}
