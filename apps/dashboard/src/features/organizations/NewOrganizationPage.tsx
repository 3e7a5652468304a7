import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import {
  CreateOrganizationDocument,
  formProblemsFromError,
  OrganizationsDocument,
  type FormProblems,
} from '@esm-planner/dashboard-data-access-graphql';
import { Button, Card, ErrorBanner, FormActions, PageHeader, SelectField, TextField } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { timeZoneOptions } from '../settings/organization-settings';
import { browserTimeZone } from '../setup/setup-form';
import '../settings/settings.css';

const FIELDS = ['name', 'timeZone', 'currency'] as const;
type Field = (typeof FIELDS)[number];
const NO_PROBLEMS: FormProblems<Field> = { fields: {}, other: [] };

/** `/organizations/:organizationId/settings/new-organization`: an ADMIN creates another organisation (they become its ADMIN) and lands on its checklist. */
export function NewOrganizationPage() {
  usePageTitle('New organisation');
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>(() => ({ name: '', timeZone: browserTimeZone(), currency: 'USD' }));
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [create, { loading }] = useMutation(CreateOrganizationDocument, { refetchQueries: [OrganizationsDocument] });
  const set = (field: Field) => (value: string) => setValues({ ...values, [field]: value });

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    try {
      const input = { name: values.name.trim(), timeZone: values.timeZone, currency: values.currency.trim().toUpperCase() };
      const { data } = await create({ variables: { input } });
      await navigate(PATHS.organization(data!.createOrganization.id));
    } catch (failure) {
      setProblems(formProblemsFromError(failure, FIELDS));
    }
  }

  return (
    <>
      <PageHeader
        eyebrow="Organisations"
        title="New organisation"
        description="A separate organisation with its own departments, data and people. You become its administrator."
      />
      <div className="settings-page">
        <Card as="section" title="Name, currency and time zone" testId="new-organization">
          <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
            {problems.other.length > 0 ? <ErrorBanner title="The organisation was not created" messages={problems.other} /> : null}
            <TextField label="Name" name="name" required autoComplete="organization" value={values.name} error={problems.fields.name} onChange={set('name')} />
            <TextField
              label="Currency"
              name="currency"
              required
              maxLength={3}
              value={values.currency}
              error={problems.fields.currency}
              hint="ISO 4217 code, e.g. EUR, GBP, USD: every money figure is in it."
              onChange={set('currency')}
            />
            <SelectField
              label="Time zone"
              name="timeZone"
              required
              value={values.timeZone}
              options={timeZoneOptions(values.timeZone)}
              error={problems.fields.timeZone}
              hint="Weeks and months are counted in it."
              onChange={set('timeZone')}
            />
            <FormActions>
              <Button type="submit" variant="primary" loading={loading} testId="new-organization-submit">
                Create organisation
              </Button>
            </FormActions>
          </form>
        </Card>
      </div>
    </>
  );
}
