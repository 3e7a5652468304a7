import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  Module,
  OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../config/env.schema';

// How long a running job may take to unwind when the process stops.
const STOP_GRACE_MS = 3_000;

/**
 * The one pg-boss instance of the process, shared by every queue (imports,
 * rollup rebuilds). It starts before any queue's onApplicationBootstrap and
 * stops after every queue's onModuleDestroy has taken its workers off, but
 * before the database connection closes (TypeORM's onApplicationShutdown),
 * so a job unwinding in its grace period still has its connection.
 */
@Injectable()
export class JobQueueBoss implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  readonly boss: PgBoss;
  private stopping = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: 'pgboss',
      max: 4,
      application_name: 'esm-planner-queue',
    });
    // Connections closing while the process stops are not worth an error.
    this.boss.on('error', (error) => {
      if (!this.stopping) this.logger.error(`job queue: ${error.message}`);
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /** A job still running has a few seconds, then is failed ("pg-boss shut down while active"). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.boss.stop({
      graceful: true,
      timeout: STOP_GRACE_MS,
      wait: true,
      close: true,
    });
  }
}

/** Imported by each module that runs a queue; Nest builds it once per process. */
@Module({ providers: [JobQueueBoss], exports: [JobQueueBoss] })
export class JobQueueModule {}
