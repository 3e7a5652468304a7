/** The error codes of api.md, carried in `extensions.code`. */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'GATE_BLOCKED'
  | 'CONFLICT';

export type FieldProblem = { field: string; message: string };

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

  static badInput(fields: FieldProblem[]): AppError {
    const message = fields.map((problem) => problem.message).join('; ');
    return new AppError('BAD_USER_INPUT', message, { fields });
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  /** A transition a gate refuses: every reason in `extensions.reasons`, plus any figures. */
  static gateBlocked(message: string, reasons: readonly string[], extensions: Record<string, unknown> = {}): AppError {
    return new AppError('GATE_BLOCKED', message, { ...extensions, reasons: [...reasons] });
  }
}
