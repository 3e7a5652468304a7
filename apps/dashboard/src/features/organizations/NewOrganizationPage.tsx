import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import {
  CreateOrganizationDocument,
  OrganizationsDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import {
  Button,
  Card,
  FormActions,
  PageHeader,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { CheckedForm } from '../forms/CheckedForm';
import { useFormProblems } from '../forms/useFormProblems';
import { browserTimeZone } from '../setup/setup-form';
import {
  ORGANIZATION_LABELS,
  OrganizationFields,
  type OrganizationField,
  type OrganizationFieldValues,
} from './OrganizationFields';
import '../settings/settings.css';

// The API has the only word on these fields (a currency it does not know, a zone).
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

/** `/organizations/:organizationId/settings/new-organization`: an ADMIN creates another organisation (they become its ADMIN) and lands on its checklist. */
export function NewOrganizationPage() {
  usePageTitle('New organisation');
  const navigate = useNavigate();
  const [values, setValues] = useState<OrganizationFieldValues>(() => ({
    name: '',
    currency: 'USD',
    timeZone: browserTimeZone(),
  }));
  const checks = useFormProblems(ORGANIZATION_LABELS, NO_CLIENT_CHECKS);
  const [create, { loading }] = useMutation(CreateOrganizationDocument, {
    refetchQueries: [OrganizationsDocument],
  });
  const set = (field: OrganizationField, value: string) => {
    checks.onEdit(field);
    setValues({ ...values, [field]: value });
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    checks.beginSubmit();
    try {
      const input = {
        name: values.name.trim(),
        timeZone: values.timeZone,
        currency: values.currency.trim().toUpperCase(),
      };
      const { data } = await create({ variables: { input } });
      await navigate(PATHS.organization(data!.createOrganization.id));
    } catch (failure) {
      checks.failSubmit(failure);
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
        <Card
          as="section"
          title="Name, currency and time zone"
          testId="new-organization"
        >
          <CheckedForm
            className="settings-form"
            checks={checks}
            labels={ORGANIZATION_LABELS}
            failureTitle="The organisation was not created"
            onSubmit={submit}
          >
            <OrganizationFields
              values={values}
              errors={checks.problems.fields}
              onChange={set}
            />
            <FormActions>
              <Button
                type="submit"
                variant="primary"
                loading={loading}
                testId="new-organization-submit"
              >
                Create organisation
              </Button>
            </FormActions>
          </CheckedForm>
        </Card>
      </div>
    </>
  );
}
