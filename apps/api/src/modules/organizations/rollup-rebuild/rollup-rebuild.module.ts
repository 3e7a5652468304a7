import { Module } from '@nestjs/common';
import { JobQueueModule } from '../../../job-queue/job-queue.module';
import { RollupRebuildProcessor } from './rollup-rebuild.processor';
import { RollupRebuildQueue } from './rollup-rebuild.queue';

/** What runs rollup rebuilds: the API includes it, and so does the stand-alone worker (worker.ts). */
@Module({
  imports: [JobQueueModule],
  providers: [RollupRebuildProcessor, RollupRebuildQueue],
  exports: [RollupRebuildQueue],
})
export class RollupRebuildModule {}
