import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, AppErrorCode } from '../../../common/app-error';

const STATUS: Record<AppErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  GATE_BLOCKED: 409,
  CONFLICT: 409,
};

/**
 * AppErrors on plain HTTP routes (the file exports) as status codes with the
 * same `{ code, message }` a GraphQL client would see; anything else is a
 * bare 500, without detail.
 */
@Catch()
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      res
        .status(STATUS[error.code])
        .json({ code: error.code, message: error.message });
      return;
    }
    res
      .status(500)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: 'internal error' });
  }
}
