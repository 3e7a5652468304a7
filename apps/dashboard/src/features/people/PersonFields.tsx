import { TextField } from '@esm-planner/dashboard-ui';

/** A new account's name, e-mail and password, as the setup page and "Add a person" ask them. */
export type PersonFieldValues = {
  name: string;
  email: string;
  password: string;
};
export type PersonField = keyof PersonFieldValues;

export type PersonFieldsProps = {
  values: PersonFieldValues;
  /** Problems by input name (useFormProblems' `problems.fields`). */
  errors: Readonly<Record<string, string>>;
  onChange: (field: PersonField, value: string) => void;
  onBlur?: (field: PersonField) => void;
  /** `self`: the person typing signs in with it (setup); `other`: an ADMIN creates someone else's account. */
  who: 'self' | 'other';
  labels: Readonly<Record<PersonField, string>>;
};

/** Name, e-mail and password: one set of inputs for every form that creates an account. */
export function PersonFields({
  values,
  errors,
  onChange,
  onBlur,
  who,
  labels,
}: PersonFieldsProps) {
  const self = who === 'self';
  const leave = (field: PersonField) =>
    onBlur ? () => onBlur(field) : undefined;
  return (
    <>
      <TextField
        label={labels.name}
        name="name"
        required
        autoComplete={self ? 'name' : 'off'}
        value={values.name}
        error={errors['name']}
        onChange={(value) => onChange('name', value)}
        onBlur={leave('name')}
      />
      <TextField
        label={labels.email}
        name="email"
        type="email"
        required
        autoComplete={self ? 'username' : 'off'}
        value={values.email}
        error={errors['email']}
        hint={self ? 'You sign in with it.' : 'They sign in with it.'}
        onChange={(value) => onChange('email', value)}
        onBlur={leave('email')}
      />
      <TextField
        label={labels.password}
        name="password"
        type="password"
        required
        autoComplete="new-password"
        value={values.password}
        error={errors['password']}
        hint={
          self
            ? 'At least 10 characters.'
            : 'At least 10 characters. Tell it to them privately.'
        }
        onChange={(value) => onChange('password', value)}
        onBlur={leave('password')}
      />
    </>
  );
}
