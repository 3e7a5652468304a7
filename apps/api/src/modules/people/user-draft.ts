import { FieldProblem } from '../../common/app-error';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// Deliberately loose: one @, something on each side, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Field problems of a new account (empty when it is valid). */
export function userProblems(input: {
  email: string;
  name: string;
  password: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email) || email.length > 254) {
    problems.push({
      field: 'email',
      message: `email is not an e-mail address: ${input.email}`,
    });
  }
  if (input.name.trim() === '')
    problems.push({ field: 'name', message: 'name must not be empty' });
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    problems.push({
      field: 'password',
      message: `password must be at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  }
  if (input.password.length > MAX_PASSWORD_LENGTH) {
    problems.push({
      field: 'password',
      message: `password must be at most ${MAX_PASSWORD_LENGTH} characters`,
    });
  }
  return problems;
}
