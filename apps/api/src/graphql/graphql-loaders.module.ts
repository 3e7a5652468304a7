import { Global, Module } from '@nestjs/common';
import { BaselinesModule } from '../modules/baselines/baselines.module';
import { RequestLoadersFactory } from './request-loaders';

@Global()
@Module({ imports: [BaselinesModule], providers: [RequestLoadersFactory], exports: [RequestLoadersFactory] })
export class GraphqlLoadersModule {}
