import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Clock } from '../../common/clock';
import { AccessPolicy } from './access-policy.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthenticationService } from './authentication.service';
import { CacheEvictions } from './cache-evictions';
import { RateLimitsService } from './rate-limits.service';

@Global()
@Module({
  providers: [
    Clock,
    CacheEvictions,
    AccessPolicy,
    AuthenticationService,
    RateLimitsService,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    // One clock for every cache of the API (the response cache's "today" too), so a test moves them all.
    Clock,
    AccessPolicy,
    AuthenticationService,
    AuthService,
    RateLimitsService,
  ],
})
export class AuthModule {}
