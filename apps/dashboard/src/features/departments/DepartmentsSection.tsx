import type { ReactNode } from 'react';
import { EmptyState } from '@esm-planner/dashboard-ui';
import { DepartmentCard, type DepartmentCardProps } from './DepartmentCard';

/** The overview's list of department cards, or what to do when there are none. */
export function DepartmentsSection({
  departments,
  canManage,
  action,
}: {
  departments: readonly DepartmentCardProps['department'][];
  canManage: boolean;
  /** The "New department" button, when the form is closed and may be opened. */
  action: ReactNode;
}) {
  return (
    <section
      className="overview__departments"
      aria-labelledby="departments-heading"
    >
      <h2 id="departments-heading" className="overview__heading">
        Departments
      </h2>
      {departments.length === 0 ? (
        <EmptyState
          title="No departments yet"
          description={
            canManage
              ? 'Add the departments the programme will serve, starting with IT.'
              : 'An administrator or the CoE adds departments; none are visible to you yet.'
          }
          action={action}
        />
      ) : (
        <ul className="department-grid" data-testid="department-list">
          {departments.map((department) => (
            <li key={department.id}>
              <DepartmentCard department={department} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
