import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import type pino from 'pino';
import { APP_CONFIG, AppConfig } from '../config/env.schema';
import { logFormat, requestLevel, requestMessage } from '../config/log-options';
import { AuthenticationService } from '../modules/auth/authentication.service';
import { bearerToken } from '../modules/auth/bearer-token';
import type { Principal } from '../modules/auth/principal';
import { RateLimitsService } from '../modules/auth/rate-limits.service';
import type { ApiRequest } from '../modules/auth/request-context';
import { DataVersion } from './data-version';
import { ResponseCache, responseKey } from './response-cache';

/** Set on a request the cache may answer next time: the Apollo plugin stores its answer (graphql/response-cache-plugin.ts). */
export type CacheableRequest = ApiRequest & {
  storeResponse?: (body: string) => void;
};

export const CACHE_HEADER = 'x-response-cache';

function scopeOf(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId}` : 'admin';
}

/**
 * Answers a GraphQL POST from the response cache before Apollo sees it, when
 * the same caller asked the same thing since the last write and today is still
 * today everywhere; otherwise marks the request so that its answer is stored.
 * Anonymous callers, refused tokens and uploads pass straight on.
 */
@Injectable()
export class ResponseCacheMiddleware {
  readonly cache: ResponseCache;
  /** The level of a routine request's log line (log-options.ts): pino-http does not see an answer from the cache. */
  private readonly logLevel: pino.Level;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly authentication: AuthenticationService,
    private readonly rateLimits: RateLimitsService,
    private readonly dataVersion: DataVersion,
  ) {
    this.cache = new ResponseCache(config.RESPONSE_CACHE_MB * 1024 * 1024);
    this.logLevel = requestLevel(
      logFormat(config, Boolean(process.stdout.isTTY)),
      200,
      false,
    );
  }

  readonly handle = (req: Request, res: Response, next: NextFunction): void => {
    if (!this.cache.enabled || req.method !== 'POST' || !req.is('json')) {
      next();
      return;
    }
    const startedAt = performance.now();
    this.lookup(req as CacheableRequest, res, startedAt).then(
      (answered) => answered || next(),
      // No version (PostgreSQL busy or gone): Apollo answers, and nothing is stored.
      () => next(),
    );
  };

  private async lookup(
    req: CacheableRequest,
    res: Response,
    startedAt: number,
  ): Promise<boolean> {
    const principal = await this.principalOf(req);
    if (!principal) return false;
    const { version, dates } = await this.dataVersion.current();
    this.cache.observeVersion(version);
    const key = responseKey({
      scope: scopeOf(principal),
      version,
      dates,
      accept: req.headers.accept ?? '',
      body: req.body,
    });
    const hit = this.cache.get(key);
    if (hit) {
      res.status(200);
      res.setHeader('content-type', hit.contentType);
      res.setHeader(CACHE_HEADER, 'hit');
      res.end(hit.body);
      this.logHit(req, res, startedAt);
      return true;
    }
    // The guard takes the caller from here rather than looking the token up again.
    req.principal = principal;
    let body: string | null = null;
    req.storeResponse = (answer) => (body = answer);
    // Kept once sent, with the content type Apollo chose from the Accept header.
    res.once('finish', () => {
      const contentType = res.getHeader('content-type');
      if (
        body !== null &&
        res.statusCode === 200 &&
        typeof contentType === 'string'
      )
        this.cache.set(key, { body, contentType });
    });
    return false;
  }

  /** The line pino-http would have written, without its per-request logger (decision 0023). */
  private logHit(req: Request, res: Response, startedAt: number): void {
    const logger = PinoLogger.root;
    if (!logger?.isLevelEnabled(this.logLevel)) return;
    const responseTime = performance.now() - startedAt;
    logger[this.logLevel](
      {
        req: { method: req.method, url: req.originalUrl },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(responseTime),
        cache: 'hit',
      },
      requestMessage(req, res, responseTime),
    );
  }

  /** The caller, or null to let the guard decide (no token, a refused one, a blocked address). */
  private async principalOf(req: ApiRequest): Promise<Principal | null> {
    const token = bearerToken(req.headers.authorization);
    if (!token) return null;
    try {
      this.rateLimits.refuseBlockedTokenAddress(req.ip ?? 'unknown');
      return await this.authentication.authenticate(token);
    } catch {
      return null;
    }
  }
}
