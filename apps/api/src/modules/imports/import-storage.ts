import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { ImportKind } from './import-enums';

const MiB = 1024 * 1024;
// A staged file or a .part younger than this may belong to an upload or a
// job being recorded on another replica sharing the directory.
const SWEEP_GRACE_MS = 10 * 60 * 1000;
const JOB_FILE =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.part)?$/;

/**
 * Where an uploaded file waits for the worker. The upload is streamed to
 * disk as it arrives (never held in memory) under a `.part` name and renamed
 * once complete, so a worker never reads half a file.
 */
@Injectable()
export class ImportStorage {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const configured = config.IMPORT_STORAGE_DIR ?? '.data/imports';
    this.dir = isAbsolute(configured)
      ? configured
      : join(process.cwd(), configured);
  }

  path(jobId: string): string {
    return join(this.dir, jobId);
  }

  /** The largest file an import of this kind accepts, in bytes. */
  limitFor(kind: ImportKind): number {
    if (kind === 'AUDIT') return this.config.AUDIT_IMPORT_MAX_BYTES;
    if (kind === 'METRICS') return this.config.METRICS_IMPORT_MAX_BYTES;
    return this.config.IMPORT_MAX_BYTES;
  }

  /** The refusal of a file over its kind's limit. */
  tooLarge(kind: ImportKind): AppError {
    const limit = this.limitFor(kind);
    const size = limit % MiB === 0 ? `${limit / MiB} MiB` : `${limit} bytes`;
    return AppError.badInput([
      {
        field: 'file',
        message: `the file is larger than ${size}, the limit for ${kind.toLowerCase()} imports`,
      },
    ]);
  }

  /**
   * Streams `source` to the job's file; returns its size in bytes. Past the
   * kind's limit the stream is cut off and the partial file removed.
   * `early`: called (the upload paused) once more than `afterBytes` have
   * arrived — a large import's job starts while the rest is written (the
   * worker follows the `.part`, readers/staged-file.ts); if it throws, the
   * upload stops with its error.
   */
  async store(
    jobId: string,
    source: Readable,
    kind: ImportKind,
    early?: { afterBytes: number; start: () => Promise<void> },
  ): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    const partial = `${this.path(jobId)}.part`;
    let bytes = 0;
    const limit = this.limitFor(kind);
    const tooLarge = () => this.tooLarge(kind);
    let started = !early;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > limit) return callback(tooLarge());
        if (started || bytes <= early!.afterBytes) return callback(null, chunk);
        started = true;
        early!.start().then(() => callback(null, chunk), callback);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(partial));
      await rename(partial, this.path(jobId));
      return bytes;
    } catch (error) {
      await rm(partial, { force: true });
      // The multipart parser stops at the largest limit of all kinds (main.ts) with its own 413.
      if ((error as { status?: number })?.status === 413) throw tooLarge();
      throw error;
    }
  }

  async remove(jobId: string): Promise<void> {
    await rm(this.path(jobId), { force: true });
  }

  /**
   * Removes what crashes left behind: `.part` files and staged files whose
   * job is no longer waiting or running (or was never recorded), once older
   * than a grace period — or at once when their job has finished. Returns
   * the names removed.
   */
  async sweep(
    activeOrUnknown: (
      jobIds: string[],
    ) => Promise<{ active: Set<string>; recorded: Set<string> }>,
  ): Promise<string[]> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter(
      (name) => JOB_FILE.test(name),
    );
    if (names.length === 0) return [];
    const ids = [...new Set(names.map((name) => name.replace(/\.part$/, '')))];
    const { active, recorded } = await activeOrUnknown(ids);
    const removed: string[] = [];
    for (const name of names) {
      const id = name.replace(/\.part$/, '');
      const partial = name.endsWith('.part');
      if (!partial && active.has(id)) continue;
      const finished = !partial && recorded.has(id);
      const old = await stat(join(this.dir, name)).then(
        (s) => Date.now() - s.mtimeMs > SWEEP_GRACE_MS,
        () => false,
      );
      if (finished || old) {
        await rm(join(this.dir, name), { force: true });
        removed.push(name);
      }
    }
    return removed;
  }
}
