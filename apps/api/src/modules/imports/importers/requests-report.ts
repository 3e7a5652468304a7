import {
  asDryRun,
  ImportOutcome,
  MAX_REPORTED_ERRORS,
  plural,
  skippedSummary,
} from './importer';
import { SkippedRows, Sql } from './skipped-rows';
import type { StagedFile } from './staged-requests';

/** The outcome of a request import whose stage was merged (`stored` rows new or changed). */
export async function mergedRequestsOutcome({
  staged,
  stored,
  skipped,
  sql,
  timeZone,
  dryRun,
}: {
  staged: StagedFile;
  stored: number;
  skipped: SkippedRows | null;
  sql: Sql;
  /** The zone times without an offset were read in (the mapping's, else the organisation's). */
  timeZone: string;
  dryRun: boolean | undefined;
}): Promise<ImportOutcome> {
  const rowsSkipped = skipped?.rows ?? 0;
  const unchanged = staged.rowsRead - stored - rowsSkipped;
  const outcome: ImportOutcome = {
    ok: true,
    rowsRead: staged.rowsRead,
    rowsStored: stored,
    rowsDuplicate: unchanged,
    rowsSkipped,
    errors: skipped ? await skipped.first(sql, MAX_REPORTED_ERRORS) : [],
    errorCount: skipped?.problems ?? 0,
    mappedToOther: staged.mappedToOther,
    message: requestsSummary({
      stored,
      unchanged,
      staged,
      timeZone,
      rowsSkipped,
    }),
  };
  return dryRun ? asDryRun(outcome) : outcome;
}

/** The report's summary of a successful request import. */
function requestsSummary({
  stored,
  unchanged,
  staged,
  timeZone,
  rowsSkipped,
}: {
  stored: number;
  unchanged: number;
  staged: StagedFile;
  timeZone: string;
  rowsSkipped: number;
}): string {
  const created =
    staged.resolver.created.length > 0
      ? ` Created ${plural(staged.resolver.created.length, 'department')}: ${staged.resolver.created.join(', ')}.`
      : '';
  const zone =
    staged.localTimes > 0
      ? ` ${plural(staged.localTimes, 'row')} had times without an offset, read in ${timeZone}.`
      : '';
  const clock = staged.clockChanges;
  const changes =
    clock && clock.skipped + clock.repeated > 0
      ? ` Clock changes: ${plural(clock.skipped, 'local time')} skipped by a change were read as the time after the gap, ${plural(clock.repeated, 'repeated local time')} as its first occurrence.`
      : '';
  const what =
    staged.cases === undefined
      ? 'unchanged'
      : 'unchanged or earlier events of the same cases';
  const cases =
    staged.cases === undefined
      ? ''
      : ` ${plural(staged.cases, 'case')} built from the events.`;
  return `Requests: ${plural(stored, 'request')} stored, ${unchanged} ${what}.${cases}${created}${zone}${changes}${skippedSummary(rowsSkipped, staged.cases === undefined ? 'row' : 'row or case')}`;
}
