import type { DepartmentFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Card,
  DescriptionList,
  InlineNotice,
} from '@esm-planner/dashboard-ui';
import {
  kindLabel,
  statusLabel,
  statusTone,
  vocabularyPlural,
} from './department-labels';

export type DepartmentDetailsProps = {
  department: DepartmentFieldsFragment;
};

export function DepartmentDetails({ department }: DepartmentDetailsProps) {
  const kind = kindLabel(department.kind);
  return (
    <Card as="section" title="Details" testId="department-details">
      <DescriptionList
        items={[
          { term: 'Kind', description: kind },
          {
            term: 'Status',
            description: (
              <Badge tone={statusTone(department.status)} dot>
                {statusLabel(department.status)}
              </Badge>
            ),
          },
          {
            term: 'Service owner',
            testId: 'detail-service-owner',
            description: department.serviceOwner ?? (
              <InlineNotice>No service owner named</InlineNotice>
            ),
          },
          {
            term: 'Vocabulary',
            testId: 'detail-vocabulary',
            description: (
              <>
                Works in {vocabularyPlural(department.vocabulary)}{' '}
                <span className="muted">
                  (
                  {department.vocabularyIsDefault
                    ? `the ${kind} default`
                    : 'the department’s own word'}
                  )
                </span>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
