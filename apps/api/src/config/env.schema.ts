import { z } from 'zod';
import { parseTrustProxy, TrustProxy } from './trust-proxy';

/** Every environment variable the API reads, validated once at boot. */
export const ENV_SCHEMA = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  // The bootstrap credential of a fresh instance (api.md): long enough that
  // guessing it is hopeless.
  ADMIN_TOKEN: z
    .string()
    .min(24, 'ADMIN_TOKEN must be at least 24 characters')
    .optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  // How long this process trusts what it looked up about a token (who it is)
  // and a person's membership (role, departments) before asking PostgreSQL
  // again. Changes made through this process apply at once; a logout, a
  // revocation or a role change made on another replica reaches this one
  // within this many seconds (docs/access.md). 0 turns the caches off.
  AUTH_CACHE_TTL_SECONDS: z.coerce.number().min(0).max(60).default(5),
  // Memory for answers to GraphQL queries, per API process, in MB: an answer
  // is served again while no write has committed since (docs/decisions/0027).
  // 0 turns the response cache off.
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  // Whether X-Forwarded-For names the client (Express `trust proxy`): the
  // sign-in and token-use limits count per client address, and behind a load
  // balancer without this every user shares the balancer's address. See
  // trust-proxy.ts for the values; docs/security.md for when to set it.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx): TrustProxy => {
      const parsed = parseTrustProxy(value);
      if (parsed !== null) return parsed;
      ctx.addIssue({
        code: 'custom',
        message:
          'TRUST_PROXY must be false, true, a number of proxy hops, or a comma-separated list of proxy addresses or subnets',
      });
      return z.NEVER;
    }),
  // PostgreSQL timeouts, in milliseconds (docs/security.md "Operations"):
  // opening a connection (or waiting for a free one), one statement, and a
  // transaction left idle, after which the server ends the session. 0 turns
  // the statement and idle limits off. Migrations run without a statement
  // limit; the transactions of background jobs (an import, a rollup rebuild),
  // whose statements legitimately run long, set JOB_STATEMENT_TIMEOUT_MS instead.
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(60_000),
  JOB_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(30 * 60_000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  // `pretty`: one readable line per event (pino-pretty); `json`: one JSON object
  // per line. Unset: pretty when standard output is a terminal, else JSON.
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  // The built dashboard served at `/`; unset in tests that only need the API.
  DASHBOARD_DIST: z.string().optional(),
  // Origins allowed to call the API from a browser besides the API's own.
  CORS_ORIGINS: z.string().default(''),
  // Where uploaded files wait for the import worker (shared storage when the
  // worker runs on another machine). Default: .data/imports.
  IMPORT_STORAGE_DIR: z.string().optional(),
  // Whether this process also runs import jobs (a separate `worker` process
  // can take them instead).
  RUN_IMPORT_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  // The largest file an import accepts, in bytes, by kind (docs/security.md,
  // "Files"): request records run to millions of rows; an audit or a weekly
  // metrics sheet is a few hundred. Counted while the upload streams in.
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 ** 3),
  // A request import's job starts once this much of its upload has arrived,
  // the worker reading the file as the rest is written (docs/decisions/0031).
  IMPORT_EARLY_START_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 ** 2),
  AUDIT_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 ** 2),
  METRICS_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 ** 2),
  // Imports of one organisation queued or running at once.
  IMPORT_MAX_ACTIVE_PER_ORGANIZATION: z.coerce
    .number()
    .int()
    .positive()
    .default(5),
  // A RUNNING import whose heartbeat (written every 2 s, by the database's
  // clock) is older than this many seconds is taken for interrupted: its
  // worker died (docs/security.md "Operations").
  IMPORT_STALE_AFTER_SECONDS: z.coerce
    .number()
    .int()
    .min(6)
    .max(3600)
    .default(30),
  // How long the API drains after SIGTERM before it stops listening: /health
  // answers 503 meanwhile and other requests are still served. Set it to what
  // your load balancer needs to notice (interval × unhealthy threshold).
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  // The worker-thread pool for CPU-heavy work (docs/security.md, "Work off
  // the event loop"): threads (default: the machine's cores, at least 2),
  // the time one business-case task may take, the time reading one XLSX
  // import may take, and each thread's heap.
  COMPUTE_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  COMPUTE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  XLSX_READ_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  COMPUTE_MAX_MEMORY_MB: z.coerce.number().int().min(64).default(512),
  // The demo organisation and its logins (docs/access.md "Demo accounts"):
  // unset = seeded only on the embedded database of `npm start`; `true` also
  // on a DATABASE_URL server (with NODE_ENV=production only together with a
  // DEMO_PASSWORD of its own); `false` never. See seed/demo-seed-policy.ts.
  SEED_DEMO: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  // Set by `npm start` (apps/api/scripts/start.mjs) when it runs the embedded
  // PostgreSQL; not meant to be set by hand.
  DATABASE_EMBEDDED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  DEMO_EMAIL: z.string().email().default('demo@esm-planner.local'),
  // Unset: the published demo password (demo-seed-policy.ts).
  DEMO_PASSWORD: z.string().min(8).optional(),
});

export type AppConfig = z.infer<typeof ENV_SCHEMA>;

/** Parses the environment, or throws one error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
