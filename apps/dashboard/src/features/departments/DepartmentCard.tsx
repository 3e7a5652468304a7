import { Link } from 'react-router';
import type { DepartmentFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Badge, Card, InlineNotice } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import {
  kindLabel,
  statusLabel,
  statusTone,
  worksInLabel,
} from './department-labels';

export type DepartmentCardProps = {
  department: DepartmentFieldsFragment;
};

export function DepartmentCard({ department }: DepartmentCardProps) {
  return (
    <Card
      as="article"
      titleAs="h3"
      testId="department-card"
      title={
        <Link to={PATHS.department(department.organizationId, department.id)}>
          {department.name}
        </Link>
      }
      aside={
        <Badge
          tone={statusTone(department.status)}
          dot
          testId="department-status"
        >
          {statusLabel(department.status)}
        </Badge>
      }
    >
      <div className="department-card__body">
        <p className="department-card__meta">
          <span>{kindLabel(department.kind)}</span>
          <span aria-hidden="true">·</span>
          <span data-testid="department-vocabulary">
            {worksInLabel(department.vocabulary)}
          </span>
        </p>
        {department.serviceOwner ? (
          <p className="department-card__owner">
            <span className="department-card__label">Service owner</span>{' '}
            {department.serviceOwner}
          </p>
        ) : (
          <InlineNotice testId="no-service-owner">
            No service owner named
          </InlineNotice>
        )}
      </div>
    </Card>
  );
}
