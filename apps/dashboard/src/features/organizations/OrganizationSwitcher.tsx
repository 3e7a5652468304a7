import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { OrganizationsDocument } from '@esm-planner/dashboard-data-access-graphql';
import { SelectField, Spinner } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { browserStorage } from '../../app/session/browser-storage';
import { rememberOrganization } from './organization-choice';

export type OrganizationSwitcherProps = {
  /** The organisation in the URL, if any. */
  currentId: string | undefined;
};

/** Chooses the organisation to work in; the choice is kept for next time. */
export function OrganizationSwitcher({ currentId }: OrganizationSwitcherProps) {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(OrganizationsDocument);
  const organizations = data?.organizations ?? [];
  const isKnown = organizations.some(
    (organization) => organization.id === currentId,
  );

  useEffect(() => {
    if (currentId && isKnown) rememberOrganization(browserStorage(), currentId);
  }, [currentId, isKnown]);

  if (loading) return <Spinner size="sm" label="Loading organisations…" />;
  if (error)
    return (
      <span className="org-switcher__status">Organisations unavailable</span>
    );
  if (organizations.length === 0) return null;
  return (
    <div className="org-switcher" data-testid="organization-switcher">
      <SelectField
        label="Organisation"
        name="organization"
        layout="inline"
        required
        value={isKnown && currentId ? currentId : ''}
        placeholder={isKnown ? undefined : 'Choose…'}
        options={organizations.map((organization) => ({
          value: organization.id,
          label: organization.name,
        }))}
        onChange={(organizationId) =>
          void navigate(PATHS.organization(organizationId))
        }
      />
    </div>
  );
}
