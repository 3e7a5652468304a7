/** The error codes of api.md, carried in `extensions.code`. */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'GATE_BLOCKED'
  | 'CONFLICT';

import { FieldProblem } from '@esm-planner/shared-util-field-problems';

export type { FieldProblem };

/**
 * An error a client may see. Services throw these; the GraphQL error
 * formatter turns them into `{ message, extensions: { code, ... } }`. Any
 * other error is reported to the client as an internal error, without detail.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /**
   * The one place field problems become `BAD_USER_INPUT`: `extensions.fields`
   * lists `{ field, message }` (the rejected value stays on the server — it may
   * be long, or a secret such as a password).
   */
  static badInput(problems: readonly FieldProblem[]): AppError {
    const fields = problems.map(({ field, message }) => ({ field, message }));
    const message = fields.map((problem) => problem.message).join('; ');
    return new AppError('BAD_USER_INPUT', message, { fields });
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  /** A transition a gate refuses: every reason in `extensions.reasons`, plus any figures. */
  static gateBlocked(
    message: string,
    reasons: readonly string[],
    extensions: Record<string, unknown> = {},
  ): AppError {
    return new AppError('GATE_BLOCKED', message, {
      ...extensions,
      reasons: [...reasons],
    });
  }
}
