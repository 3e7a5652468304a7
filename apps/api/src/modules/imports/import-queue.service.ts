import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { JobQueueBoss } from '../../job-queue/job-queue.module';
import { ImportProcessor, Requeue } from './import-processor.service';

const QUEUE = 'import';
// How often a worker looks for RUNNING jobs whose process died.
const SWEEP_INTERVAL_MS = 5_000;

/**
 * The PostgreSQL-backed job queue (pg-boss) that carries imports from the
 * API to a worker: this process when RUN_IMPORT_WORKER is on, or a separate
 * `worker` process. Jobs survive restarts in the database.
 */
@Injectable()
export class ImportQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportQueue.name);
  private boss: PgBoss | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  // This process's own worker, if it runs one: woken at once by enqueue.
  private localWorkerId: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly processor: ImportProcessor,
    private readonly jobQueue: JobQueueBoss,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = this.jobQueue.boss;
    // Files a crash left behind (uploads cut short, jobs that ended while no process could clean up).
    const removed = await this.processor.removeOrphanedFiles();
    if (removed.length > 0)
      this.logger.log(`removed ${removed.length} leftover import file(s)`);
    // An interrupted import is reported FAILED rather than run twice.
    await boss.createQueue(QUEUE, {
      name: QUEUE,
      retryLimit: 0,
      expireInSeconds: 6 * 3600,
    });
    this.boss = boss;
    if (this.config.RUN_IMPORT_WORKER) await this.startWorking(boss);
  }

  async enqueue(jobId: string): Promise<void> {
    if (!this.boss) throw new Error('the job queue is not running');
    await this.boss.send(QUEUE, { jobId });
    // A worker in this process starts now rather than at its next poll
    // (half a second); a stand-alone worker still finds the job by polling.
    if (this.localWorkerId) this.boss.notifyWorker(this.localWorkerId);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    const boss = this.boss;
    if (!boss) return;
    if (this.localWorkerId) {
      // No new job is fetched; a running import goes back to the queue (its
      // transaction rolls back, its job is QUEUED again in the same
      // transaction as the queue's new entry) rather than being abandoned.
      await boss.offWork(QUEUE);
      const handedBack = await this.processor.handBackRunning(
        this.requeue(boss),
      );
      if (handedBack > 0)
        this.logger.log(
          `handed ${handedBack} running import(s) back to the queue`,
        );
    }
    // The handler then has a few seconds to unwind while JobQueueBoss stops.
    // A process killed outright leaves its job RUNNING until the sweep
    // reports it interrupted.
    this.boss = null;
  }

  private requeue(boss: PgBoss): Requeue {
    return (jobId, db) => boss.send(QUEUE, { jobId }, { db });
  }

  private async startWorking(boss: PgBoss): Promise<void> {
    await this.processor.failInterrupted();
    this.sweeper = setInterval(() => {
      this.processor
        .failInterrupted()
        .catch((error: Error) => this.logger.error(`sweep: ${error.message}`));
    }, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
    this.localWorkerId = await boss.work<{ jobId: string }>(
      QUEUE,
      { pollingIntervalSeconds: 0.5, batchSize: 1 },
      async ([job]) => {
        const result = await this.processor.run(
          job.data.jobId,
          this.requeue(boss),
        );
        // Fetched just as this process began to stop: left in the queue for another worker.
        if (result === 'not claimed')
          await boss.send(QUEUE, { jobId: job.data.jobId });
      },
    );
  }
}
