import { Global, Module } from '@nestjs/common';
import { ComputePool } from './compute-pool';

/** The worker-thread pool, one per process (the API and the stand-alone import worker). */
@Global()
@Module({ providers: [ComputePool], exports: [ComputePool] })
export class ComputeModule {}
