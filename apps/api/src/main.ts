import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig, loadConfig } from './config/env.schema';
import { ResponseCacheMiddleware } from './response-cache/response-cache.middleware';
import { SetupService } from './modules/setup/setup.service';
import { DemoSeedResult, DemoSeedService } from './seed/demo-seed.service';

/** `setupCode`: this start's first-run code while no user exists (api.md), else null. */
export type RunningApi = {
  app: NestExpressApplication;
  url: string;
  demo: DemoSeedResult;
  setupCode: string | null;
};

// /exports serves files (business-case XLSX and PDF) to fetch() calls that accept anything.
const API_PATHS = /^\/(graphql|health|exports)(\/|$)/;

// The built dashboard at `/`: its files, and index.html for client-side
// routes such as /organizations/…, so a reload does not 404.
function serveDashboard(app: NestExpressApplication, distDir: string): void {
  app.useStaticAssets(distDir, {
    index: false,
    maxAge: '1h',
    immutable: false,
  });
  const indexHtml = join(distDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      API_PATHS.test(req.path) ||
      !req.accepts('html')
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

/** Starts the API (migrations, demo seed, dashboard) and returns once it listens. */
export async function bootstrap(
  config: AppConfig = loadConfig(process.env),
  options: {
    extraImports?: Parameters<typeof AppModule.forRoot>[1];
    /** The setup code another process of this start printed (cluster/). */
    setupCode?: string;
  } = {},
): Promise<RunningApi> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, options.extraImports),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // No ETag on responses built per request (GraphQL POSTs, exports): hashing
  // each body cost more than anything it could save; static files keep theirs.
  app.set('etag', false);
  // Whose address req.ip is: the sign-in and token limits count per client (TRUST_PROXY, docs/security.md).
  app.set('trust proxy', config.TRUST_PROXY);
  const secureHeaders = helmet({ crossOriginEmbedderPolicy: false });
  // Apollo's landing page (development only) brings its own nonce-based CSP
  // for the Sandbox it loads; every other response keeps helmet's.
  const landingPageHeaders = helmet({
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: false,
  });
  const landingPageOn = config.NODE_ENV !== 'production';
  app.use((req: Request, res: Response, next: NextFunction) =>
    (landingPageOn && req.method === 'GET' && req.path === '/graphql'
      ? landingPageHeaders
      : secureHeaders)(req, res, next),
  );
  app.useBodyParser('json', { limit: '2mb' });
  // Multipart uploads (graphql-multipart-request-spec) are streamed to the
  // resolver, never buffered; Apollo's CSRF rule still applies to them.
  // The parser stops at the largest kind's limit; ImportStorage applies each kind's own.
  const maxFileSize = Math.max(
    config.IMPORT_MAX_BYTES,
    config.AUDIT_IMPORT_MAX_BYTES,
    config.METRICS_IMPORT_MAX_BYTES,
  );
  app.use('/graphql', graphqlUploadExpress({ maxFileSize, maxFiles: 1 }));
  // Answers a query asked again since the last write without Apollo (docs/decisions/0027).
  app.use('/graphql', app.get(ResponseCacheMiddleware).handle);
  const origins = config.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (origins.length > 0)
    app.enableCors({ origin: origins, credentials: false });
  if (
    config.DASHBOARD_DIST &&
    existsSync(join(config.DASHBOARD_DIST, 'index.html'))
  ) {
    serveDashboard(app, config.DASHBOARD_DIST);
  }
  await app.init();
  const demo = await app.get(DemoSeedService).seedOnFirstStart();
  const setupCode = await app
    .get(SetupService)
    .announceIfRequired(options.setupCode);
  await app.listen(config.PORT, '0.0.0.0');
  const address = app.getHttpServer().address();
  const port =
    typeof address === 'object' && address ? address.port : config.PORT;
  return { app, url: `http://localhost:${port}`, demo, setupCode };
}
