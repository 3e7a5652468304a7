/**
 * The setup page's fields in screen order, named as CompleteSetupInput names
 * them (so the API's field problems land beside them), with their labels.
 */
export const SETUP_LABELS = {
  setupCode: 'Setup code',
  name: 'Your name',
  email: 'E-mail',
  password: 'Password',
  organizationName: 'Organisation name',
  currency: 'Currency',
  timeZone: 'Time zone',
} as const;
export type SetupField = keyof typeof SETUP_LABELS;
export type SetupValues = Record<SetupField, string>;

/** The browser's own zone is the likeliest answer; UTC when it does not say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function initialSetupValues(timeZone: string): SetupValues {
  return {
    setupCode: '',
    name: '',
    email: '',
    password: '',
    organizationName: '',
    timeZone,
    currency: 'USD',
  };
}

/** What the API receives: trimmed text, the currency in capitals; the password as typed. */
export function setupInput(values: SetupValues): SetupValues {
  return {
    setupCode: values.setupCode.trim(),
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password,
    organizationName: values.organizationName.trim(),
    timeZone: values.timeZone,
    currency: values.currency.trim().toUpperCase(),
  };
}
