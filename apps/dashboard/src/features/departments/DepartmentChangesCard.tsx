import type { DepartmentFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Card } from '@esm-planner/dashboard-ui';
import { EditDepartmentForm } from './EditDepartmentForm';

/** The department page's changes: the edit form, or why the viewer may not edit. */
export function DepartmentChangesCard({
  department,
  canManage,
}: {
  department: DepartmentFieldsFragment;
  canManage: boolean;
}) {
  if (canManage) {
    return <EditDepartmentForm key={department.id} department={department} />;
  }
  return (
    <Card as="section" title="Changes">
      <p className="muted">
        Only the organisation’s administrators and the CoE can change a
        department.
      </p>
    </Card>
  );
}
