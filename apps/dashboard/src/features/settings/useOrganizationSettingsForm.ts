import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  UpdateOrganizationDocument,
  type OrganizationSettingsQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { useFormProblems } from '../forms/useFormProblems';
import {
  ORGANIZATION_LABELS,
  type OrganizationField,
  type OrganizationFieldValues,
} from '../organizations/OrganizationFields';
import { rebuildInProgress } from './organization-settings';

type Values = OrganizationFieldValues;
type SettingsOrganization = OrganizationSettingsQuery['organization'];
// The API has the only word on these fields (a currency it does not know, a zone).
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

/**
 * The settings form's values (loaded once the organisation is), problems and
 * save; `form` is null until the organisation has loaded.
 */
export function useOrganizationSettingsForm(
  organizationId: string,
  organization: SettingsOrganization | null | undefined,
  refetch: () => Promise<unknown>,
) {
  const [values, setValues] = useState<Values | null>(null);
  // What the form was loaded or last saved with: unsaved changes are the difference.
  const [baseline, setBaseline] = useState<Values | null>(null);
  const checks = useFormProblems(ORGANIZATION_LABELS, NO_CLIENT_CHECKS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading: saving }] = useMutation(UpdateOrganizationDocument);

  useEffect(() => {
    if (organization && values === null) {
      const loaded = {
        name: organization.name,
        currency: organization.currency,
        timeZone: organization.timeZone,
      };
      setValues(loaded);
      setBaseline(loaded);
    }
  }, [organization, values]);

  const form: Values | null =
    values ??
    (organization
      ? {
          name: organization.name,
          currency: organization.currency,
          timeZone: organization.timeZone,
        }
      : null);
  const set = (field: OrganizationField, value: string) => {
    checks.onEdit(field);
    setSaved(null);
    if (form) setValues({ ...form, [field]: value });
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!form) return;
    checks.beginSubmit();
    setSaved(null);
    try {
      const result = await update({
        variables: { id: organizationId, input: form },
      });
      const updated = result.data?.updateOrganization;
      const zoneChanging = rebuildInProgress(updated?.rollupRebuild);
      // The form shows what was stored (the currency in capitals); a new zone stays chosen while it is applied.
      if (updated) {
        const stored = {
          name: updated.name,
          currency: updated.currency,
          timeZone: zoneChanging ? form.timeZone : updated.timeZone,
        };
        setValues(stored);
        setBaseline(stored);
      }
      setSaved(
        zoneChanging
          ? 'Saved. The new time zone applies once the request data is rebuilt (see above).'
          : 'Settings saved.',
      );
      await refetch();
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  return { form, baseline, checks, saved, saving, set, submit };
}
