import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../../../config/env.schema';
import { RollupRebuildProcessor } from './rollup-rebuild.processor';

const QUEUE = 'rollup-rebuild';
const SWEEP_INTERVAL_MS = 60_000;
const STOP_GRACE_MS = 3_000;

/**
 * The queue that carries rollup rebuilds to the worker (this process when
 * RUN_IMPORT_WORKER is on, or the stand-alone worker), like imports: jobs
 * survive restarts in the database, one rebuild at a time per worker.
 */
@Injectable()
export class RollupRebuildQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RollupRebuildQueue.name);
  private boss: PgBoss | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private stopping = false;
  private localWorkerId: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly processor: RollupRebuildProcessor,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({ connectionString: this.config.DATABASE_URL, schema: 'pgboss', max: 2, application_name: 'esm-planner-rebuilds' });
    boss.on('error', (error) => {
      if (!this.stopping) this.logger.error(`rebuild queue: ${error.message}`);
    });
    await boss.start();
    // A rebuild that stopped half-way rolled back; the ADMIN changes the zone again rather than it running twice.
    await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 0, expireInSeconds: 6 * 3600 });
    this.boss = boss;
    if (this.config.RUN_IMPORT_WORKER) {
      await this.processor.failInterrupted();
      this.sweeper = setInterval(() => {
        this.processor.failInterrupted().catch((error: Error) => this.logger.error(`sweep: ${error.message}`));
      }, SWEEP_INTERVAL_MS);
      this.sweeper.unref();
      this.localWorkerId = await boss.work<{ jobId: string }>(QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
        await this.processor.run(job.data.jobId);
      });
    }
  }

  async enqueue(jobId: string): Promise<void> {
    if (!this.boss) throw new Error('the job queue is not running');
    await this.boss.send(QUEUE, { jobId });
    if (this.localWorkerId) this.boss.notifyWorker(this.localWorkerId);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.sweeper) clearInterval(this.sweeper);
    await this.boss?.stop({ graceful: true, timeout: STOP_GRACE_MS, wait: true, close: true });
    this.boss = null;
  }
}
