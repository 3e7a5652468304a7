import { Module } from '@nestjs/common';
import { DataVersion } from './data-version';
import { ResponseCacheMiddleware } from './response-cache.middleware';

/** The GraphQL response cache (docs/decisions/0027); main.ts mounts its middleware on /graphql. */
@Module({
  providers: [DataVersion, ResponseCacheMiddleware],
  exports: [ResponseCacheMiddleware],
})
export class ResponseCacheModule {}
