import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from './env.schema';

export type LogFormat = 'pretty' | 'json';

/** LOG_FORMAT when set; otherwise readable lines for a person at a terminal, JSON for anything else (a file, a log shipper). */
export function logFormat(
  config: Pick<AppConfig, 'LOG_FORMAT'>,
  stdoutIsTerminal: boolean,
): LogFormat {
  return config.LOG_FORMAT ?? (stdoutIsTerminal ? 'pretty' : 'json');
}

// Nest's own start-up chatter (every module loaded, every route mapped):
// worth a look when debugging, noise above the start banner otherwise.
const FRAMEWORK_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'GraphQLModule',
]);

/** Requests that failed on the server are errors; the rest are routine: info in JSON logs, debug at a terminal. */
export function requestLevel(
  format: LogFormat,
  statusCode: number,
  failed: boolean,
): pino.Level {
  if (failed || statusCode >= 500) return 'error';
  return format === 'pretty' ? 'debug' : 'info';
}

// Express rewrites req.url below a mount point (`/graphql` becomes `/`); originalUrl keeps the path asked for.
type Request = IncomingMessage & { originalUrl?: string };

export function requestMessage(
  req: Request,
  res: ServerResponse,
  responseTimeMs: number,
): string {
  return `${req.method} ${req.originalUrl ?? req.url} ${res.statusCode} ${Math.round(responseTimeMs)} ms`;
}

/** Logs Nest's start-up chatter at debug instead of info (pino's logMethod hook). */
function demoteFrameworkChatter(
  this: pino.Logger,
  args: Parameters<pino.LogFn>,
  method: pino.LogFn,
  level: number,
): void {
  const context = (args[0] as { context?: unknown } | undefined)?.context;
  if (
    level === pino.levels.values.info &&
    typeof context === 'string' &&
    FRAMEWORK_CONTEXTS.has(context)
  ) {
    this.debug(...(args as [object, string]));
    return;
  }
  method.apply(this, args);
}

/** The API's logger (nestjs-pino): see docs/development.md "Logs". */
export function loggerParams(
  config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>,
  stdoutIsTerminal = Boolean(process.stdout.isTTY),
): Params {
  const format = logFormat(config, stdoutIsTerminal);
  const options = {
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    customLogLevel: (
      _req: IncomingMessage,
      res: ServerResponse,
      error?: Error,
    ) => requestLevel(format, res.statusCode, Boolean(error)),
    customSuccessMessage: requestMessage,
    customErrorMessage: (req: Request, res: ServerResponse) =>
      `${req.method} ${req.originalUrl ?? req.url} ${res.statusCode} failed`,
    hooks: { logMethod: demoteFrameworkChatter },
  };
  if (format === 'json') return { pinoHttp: options };
  const stream = pretty({
    colorize: stdoutIsTerminal,
    // Written at once, so the start banner (plain console output) comes after the lines before it.
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: '{if context}{context}: {end}{msg}',
  });
  return { pinoHttp: [options, stream] };
}
