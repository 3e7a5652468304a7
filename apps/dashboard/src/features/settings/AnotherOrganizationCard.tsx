import { Link } from 'react-router';
import { Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';

/** Where an administrator starts another organisation (a subsidiary or a client). */
export function AnotherOrganizationCard({
  organizationId,
}: {
  organizationId: string;
}) {
  return (
    <Card
      as="section"
      title="Another organisation"
      testId="another-organization"
    >
      <p>
        A subsidiary or a client with its own departments, data and people: you
        become its administrator.
      </p>
      <Link to={PATHS.newOrganization(organizationId)}>
        Create an organisation
      </Link>
    </Card>
  );
}
