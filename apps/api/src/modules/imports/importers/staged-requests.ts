import type { QueryRunner } from 'typeorm';
import type {
  DepartmentResolver,
  ImportDepartments,
} from '../import-departments';
import type {
  Importer,
  ImportJobOptions,
  ImportOutcome,
  MappedValue,
} from './importer';
import type { StageTable } from './requests-merge';

/** What RequestsImporter.run is given: the job, its records, its staged file. */
export type RequestsRunInput = Parameters<Importer['run']>[0];

/**
 * A request file loaded into a stage table by one of the three paths (the
 * fast path, the JavaScript path, a column mapping's COPY path), ready for
 * the checks and the merge — or the outcome that ends the import there.
 */
export type StagedRequests =
  | {
      ok: true;
      rowsRead: number;
      mappedToOther: MappedValue[];
      localTimes: number;
      resolver: DepartmentResolver;
      stage: StageTable;
      /** Whether the stage lives in the import's own schema (dropped once merged). */
      workingSchema: boolean;
      /** request_fact.source: the format, or a mapping's source. */
      source: string;
      externalIdColumn: number;
      /** An event log: how many cases its events made (rows not stored are unchanged cases or their earlier events). */
      cases?: number;
      clockChanges?: { skipped: number; repeated: number };
      usedDepartmentIds?: Set<string>;
    }
  | { ok: false; outcome: ImportOutcome };

/** A file that reached its stage table. */
export type StagedFile = Extract<StagedRequests, { ok: true }>;

/** What each path needs to stage a file: the import's transaction and its input. */
export type StagingContext = {
  runner: QueryRunner;
  input: RequestsRunInput;
  departments: ImportDepartments;
};

/** The department resolver of the job's organisation, under the job's options. */
export function departmentResolverFor({
  runner,
  input: { job },
  departments,
}: StagingContext): Promise<DepartmentResolver> {
  return departments.resolver(
    runner.manager,
    job.organizationId,
    job.options as ImportJobOptions,
  );
}
