import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../../../config/env.schema';
import { JobQueueBoss } from '../../../job-queue/job-queue.module';
import { RollupRebuildProcessor } from './rollup-rebuild.processor';

const QUEUE = 'rollup-rebuild';
const SWEEP_INTERVAL_MS = 60_000;

/**
 * The queue that carries rollup rebuilds to the worker (this process when
 * RUN_IMPORT_WORKER is on, or the stand-alone worker), like imports: jobs
 * survive restarts in the database, one rebuild at a time per worker.
 */
@Injectable()
export class RollupRebuildQueue
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(RollupRebuildQueue.name);
  private boss: PgBoss | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private localWorkerId: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly processor: RollupRebuildProcessor,
    private readonly jobQueue: JobQueueBoss,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = this.jobQueue.boss;
    // A rebuild that stopped half-way rolled back; the ADMIN changes the zone again rather than it running twice.
    await boss.createQueue(QUEUE, {
      name: QUEUE,
      retryLimit: 0,
      expireInSeconds: 6 * 3600,
    });
    this.boss = boss;
    if (this.config.RUN_IMPORT_WORKER) {
      await this.processor.failInterrupted();
      this.sweeper = setInterval(() => {
        this.processor
          .failInterrupted()
          .catch((error: Error) =>
            this.logger.error(`sweep: ${error.message}`),
          );
      }, SWEEP_INTERVAL_MS);
      this.sweeper.unref();
      this.localWorkerId = await boss.work<{ jobId: string }>(
        QUEUE,
        { pollingIntervalSeconds: 1, batchSize: 1 },
        async ([job]) => {
          await this.processor.run(job.data.jobId);
        },
      );
    }
  }

  async enqueue(jobId: string): Promise<void> {
    if (!this.boss) throw new Error('the job queue is not running');
    await this.boss.send(QUEUE, { jobId });
    if (this.localWorkerId) this.boss.notifyWorker(this.localWorkerId);
  }

  // No new rebuild is fetched; a running one has JobQueueBoss's grace period.
  async onModuleDestroy(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    if (this.localWorkerId) await this.boss?.offWork(QUEUE);
    this.boss = null;
  }
}
