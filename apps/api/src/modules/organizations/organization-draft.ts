import { FieldProblem } from '../../common/app-error';

export const MAX_ORGANIZATION_NAME_LENGTH = 120;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Field problems of a new organisation (empty when it is valid). */
export function organizationProblems(input: {
  name: string;
  timeZone: string;
  currency: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (name === '')
    problems.push({ field: 'name', message: 'name must not be empty' });
  if (name.length > MAX_ORGANIZATION_NAME_LENGTH) {
    problems.push({
      field: 'name',
      message: `name must be at most ${MAX_ORGANIZATION_NAME_LENGTH} characters`,
    });
  }
  if (!isTimeZone(input.timeZone)) {
    problems.push({
      field: 'timeZone',
      message: `unknown time zone: ${input.timeZone} (use an IANA name such as Europe/Paris)`,
    });
  }
  if (!/^[A-Z]{3}$/.test(input.currency)) {
    problems.push({
      field: 'currency',
      message: `currency must be an ISO 4217 code such as USD, got ${input.currency}`,
    });
  }
  return problems;
}
