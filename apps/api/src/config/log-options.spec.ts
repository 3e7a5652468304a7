import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  logFormat,
  loggerParams,
  requestLevel,
  requestMessage,
} from './log-options';

describe('log options', () => {
  it('prints readable lines at a terminal and JSON anywhere else, unless LOG_FORMAT says', () => {
    expect(logFormat({ LOG_FORMAT: undefined }, true)).toBe('pretty');
    expect(logFormat({ LOG_FORMAT: undefined }, false)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  });

  it('logs routine requests at debug at a terminal, info in JSON, and server failures as errors', () => {
    expect(requestLevel('pretty', 200, false)).toBe('debug');
    expect(requestLevel('json', 200, false)).toBe('info');
    expect(requestLevel('pretty', 404, false)).toBe('debug');
    expect(requestLevel('pretty', 500, false)).toBe('error');
    expect(requestLevel('json', 200, true)).toBe('error');
  });

  it('names a request by the path asked for, not the path below its mount point', () => {
    const req = {
      method: 'POST',
      url: '/',
      originalUrl: '/graphql',
    } as IncomingMessage & { originalUrl: string };
    expect(
      requestMessage(req, { statusCode: 200 } as ServerResponse, 12.4),
    ).toBe('POST /graphql 200 12 ms');
  });

  it('writes JSON through pino itself and readable lines through pino-pretty', () => {
    expect(
      Array.isArray(
        loggerParams({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' }).pinoHttp,
      ),
    ).toBe(false);
    const pretty = loggerParams(
      { LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' },
      false,
    ).pinoHttp as unknown[];
    expect(pretty).toHaveLength(2);
  });
});
