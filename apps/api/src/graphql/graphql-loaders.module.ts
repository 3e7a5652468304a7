import { Global, Module } from '@nestjs/common';
import { RequestLoadersFactory } from './request-loaders';

@Global()
@Module({ providers: [RequestLoadersFactory], exports: [RequestLoadersFactory] })
export class GraphqlLoadersModule {}
