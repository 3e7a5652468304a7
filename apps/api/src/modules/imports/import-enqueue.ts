import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { EntityManager, Repository } from 'typeorm';
import { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { ImportQueue } from './import-queue.service';
import { ImportStorage } from './import-storage';
import { ImportFormat, ImportKind } from './import-enums';
import { ImportJobOptions } from './importers/importer';

/** An already-authorised file to stage and its job to queue. */
export type EnqueueRequest = {
  organizationId: string;
  kind: ImportKind;
  format: ImportFormat;
  fileName: string | null;
  source: Readable;
  options: ImportJobOptions;
  createdBy: string | null;
  mappingId?: string | null;
  /** A snapshot of the column mapping to run with (the engine's JSON, its source). */
  mapping?: Record<string, unknown> | null;
  /** Refuse when the organisation already has its most imports queued or running (not for the demo seed). */
  capActive?: boolean;
};

type Dependencies = {
  jobs: Repository<ImportJobEntity>;
  storage: ImportStorage;
  queue: ImportQueue;
  /** CONFLICT when the organisation already has its most imports queued or running. */
  activeImports: (
    manager: EntityManager,
    organizationId: string,
  ) => Promise<unknown>;
  /** A request import's job starts once more than this many bytes have arrived. */
  earlyStartBytes: number;
};

/**
 * Stages the file and records and queues its job. A request import's job is
 * recorded and queued as soon as the first `earlyStartBytes` have arrived
 * (decision 0031): its worker reads the file while the rest of the upload
 * is written (readers/staged-file.ts), so that the upload of a large export
 * and its COPY overlap. Should that upload then fail (too large, cut off),
 * the job is withdrawn — deleted, as if never recorded — and its worker,
 * finding the file gone, rolls back. Smaller files, and the other kinds,
 * are recorded once their upload is complete.
 */
export async function stageAndQueue(
  deps: Dependencies,
  request: EnqueueRequest,
): Promise<ImportJobEntity> {
  const id = randomUUID();
  let early: ImportJobEntity | null = null;
  let queueFailed = false;
  const queue = () =>
    queueJob(deps, request.organizationId, id).catch((error: unknown) => {
      queueFailed = true;
      throw error;
    });
  let bytesTotal: number;
  try {
    bytesTotal = await deps.storage.store(
      id,
      request.source,
      request.kind,
      request.kind === 'REQUESTS'
        ? {
            afterBytes: deps.earlyStartBytes,
            start: async () => {
              early = await recordJob(deps, id, request, null);
              await queue();
            },
          }
        : undefined,
    );
  } catch (error) {
    // A job whose queueing failed stays FAILED with its reason, as below.
    if (early && !queueFailed) await deps.jobs.delete({ id });
    throw error;
  }
  if (early) {
    await deps.jobs.update(
      { organizationId: request.organizationId, id },
      { bytesTotal },
    );
    return { ...(early as ImportJobEntity), bytesTotal };
  }
  let job: ImportJobEntity;
  try {
    job = await recordJob(deps, id, request, bytesTotal);
  } catch (error) {
    await deps.storage.remove(id);
    throw error;
  }
  try {
    await queue();
  } catch (error) {
    await deps.storage.remove(id);
    throw error;
  }
  return job;
}

/** The job row, QUEUED, under the organisation's cap when asked. */
async function recordJob(
  { jobs, activeImports }: Dependencies,
  id: string,
  request: EnqueueRequest,
  bytesTotal: number | null,
): Promise<ImportJobEntity> {
  return jobs.manager.transaction(async (manager) => {
    if (request.capActive) {
      // One start at a time per organisation, so parallel starts cannot pass the cap together.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `esm-planner:imports:${request.organizationId}`,
      ]);
      await activeImports(manager, request.organizationId);
    }
    return manager.save(
      manager.create(ImportJobEntity, {
        id,
        organizationId: request.organizationId,
        kind: request.kind,
        format: request.format,
        fileName: request.fileName?.slice(0, 255) ?? null,
        options: request.options,
        mappingId: request.mappingId ?? null,
        mapping: request.mapping ?? null,
        bytesTotal,
        createdBy: request.createdBy,
      }),
    );
  });
}

/** Sends the job to the queue; if the queue is unavailable, the job ends FAILED saying so. */
async function queueJob(
  { jobs, queue }: Dependencies,
  organizationId: string,
  id: string,
): Promise<void> {
  try {
    await queue.enqueue(id);
  } catch (error) {
    await jobs.update(
      { organizationId, id },
      {
        status: 'FAILED',
        finishedAt: new Date(),
        message: 'The job queue is unavailable; try again.',
      },
    );
    throw error;
  }
}
