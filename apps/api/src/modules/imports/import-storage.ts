import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';

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
    this.dir = isAbsolute(configured) ? configured : join(process.cwd(), configured);
  }

  path(jobId: string): string {
    return join(this.dir, jobId);
  }

  /** Streams `source` to the job's file; returns its size in bytes. */
  async store(jobId: string, source: Readable): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    const partial = `${this.path(jobId)}.part`;
    let bytes = 0;
    const limit = this.config.IMPORT_MAX_BYTES;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > limit) callback(AppError.badInput([{ field: 'file', message: `the file is larger than ${limit} bytes` }]));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(partial));
      await rename(partial, this.path(jobId));
      return bytes;
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async remove(jobId: string): Promise<void> {
    await rm(this.path(jobId), { force: true });
  }
}
