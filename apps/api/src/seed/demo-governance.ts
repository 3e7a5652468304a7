import { EntityManager } from 'typeorm';
import {
  CoeAssignmentEntity,
  EnhancementRequestEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import { assigneeKey, CoeRole } from '@esm-planner/domain-maturity';

const DAY_MS = 86_400_000;

const COE: [CoeRole, string][] = [
  ['TEAM', 'Sam Ortiz'],
  ['TEAM', 'Lina Novak'],
  ['COMMUNICATIONS', 'Ruth Adeyemi'],
  ['TRAINING', 'Lina Novak'],
  ['PRODUCT_OWNER', 'Sam Ortiz'],
  ['MAINTENANCE', 'Chen Wu'],
  ['REPORTING', 'Omar Haddad'],
];

type DemoEnhancement = {
  department: string;
  title: string;
  value: number;
  effort: number;
  status: string;
  declineReason?: string;
  daysAgo: number;
};

const ENHANCEMENTS: DemoEnhancement[] = [
  {
    department: 'HR',
    title: 'Resolve address changes straight into the HR system',
    value: 9,
    effort: 3,
    status: 'ACCEPTED',
    daysAgo: 40,
  },
  {
    department: 'HR',
    title: 'Parental-leave calculator in the portal',
    value: 6,
    effort: 4,
    status: 'NEW',
    daysAgo: 12,
  },
  {
    department: 'IT',
    title: 'Self-service software catalogue with approvals',
    value: 8,
    effort: 4,
    status: 'NEW',
    daysAgo: 20,
  },
  {
    department: 'Finance',
    title: 'Custom colour theme per department',
    value: 2,
    effort: 6,
    status: 'DECLINED',
    declineReason:
      'Heavy customisation with little value; we stay with the standard theme to keep upgrades simple.',
    daysAgo: 60,
  },
  {
    department: 'IT',
    title: 'Knowledge articles generated from resolved requests',
    value: 7,
    effort: 7,
    status: 'DONE',
    daysAgo: 90,
  },
];

/** The demo's CoE, enhancement backlog, executive sponsor and steering group. */
export async function seedDemoGovernance(
  manager: EntityManager,
  {
    organizationId,
    departmentId,
    now,
  }: {
    organizationId: string;
    departmentId: (name: string) => string;
    now: Date;
  },
): Promise<void> {
  await manager.save(
    COE.map(([role, assignee]) =>
      manager.create(CoeAssignmentEntity, {
        organizationId,
        role,
        assignee,
        assigneeKey: assigneeKey(assignee),
      }),
    ),
  );
  await manager.save(
    ENHANCEMENTS.map((request) => {
      const createdAt = new Date(now.getTime() - request.daysAgo * DAY_MS);
      return manager.create(EnhancementRequestEntity, {
        organizationId,
        departmentId: departmentId(request.department),
        title: request.title,
        description: null,
        value: request.value,
        effort: request.effort,
        status: request.status,
        declineReason: request.declineReason ?? null,
        createdAt,
        decidedAt:
          request.status === 'NEW'
            ? null
            : new Date(createdAt.getTime() + 7 * DAY_MS),
      });
    }),
  );
  await manager.update(
    OrganizationEntity,
    { id: organizationId },
    {
      executiveSponsor: 'Dana Whitfield (CIO)',
      steeringGroup: [
        { name: 'Priya Raman', departmentId: departmentId('IT') },
        { name: 'Marcus Lee', departmentId: departmentId('HR') },
        { name: 'Elena García', departmentId: departmentId('Finance') },
      ],
    },
  );
}
