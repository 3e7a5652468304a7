// SQLSTATE 23505: a unique index refused the row (another request won a race
// that the service's own check could not see).
export function isUniqueViolation(
  error: unknown,
  constraint?: string,
): boolean {
  const driverError =
    (error as { driverError?: { code?: string; constraint?: string } })
      ?.driverError ?? error;
  const { code, constraint: violated } = (driverError ?? {}) as {
    code?: string;
    constraint?: string;
  };
  return (
    code === '23505' && (constraint === undefined || violated === constraint)
  );
}
