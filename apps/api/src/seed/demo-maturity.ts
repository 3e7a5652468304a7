import { EntityManager } from 'typeorm';
import {
  CatalogItemEntity,
  CoeAssignmentEntity,
  EnhancementRequestEntity,
  MaturityAssessmentEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import { formatEpochDay, toEpochDay } from '@esm-planner/shared-util-dates';
import {
  assigneeKey,
  CoeRole,
  FulfilmentMode,
  MATURITY_QUESTIONS,
  scoreMaturity,
} from '@esm-planner/domain-maturity';
import { todayIn } from '../common/today';
import { catalogNameKey } from '../modules/catalog/catalog.service';

type DemoItem = {
  name: string;
  owner: string | null;
  sla: number | null;
  mode: FulfilmentMode;
  types: string[];
  reviewedDaysAgo: number | null;
  processReviewed: boolean;
};

// IT's and HR's catalogues cover their audited top 10 (demo-audit.ts), each
// item owned and with an SLA target, so HR's pilot gate holds. One IT item
// is overdue for its quarterly review; Finance, still auditing, has a
// partial catalogue with gaps in ownership, so the flags show.
const CATALOGUES: Record<string, DemoItem[]> = {
  IT: [
    {
      name: 'Mailbox quota increase',
      owner: 'Priya Raman',
      sla: 8,
      mode: 'RESOLVE',
      types: ['Email quota'],
      reviewedDaysAgo: 20,
      processReviewed: true,
    },
    {
      name: 'Monitor or peripheral',
      owner: 'Jon Bell',
      sla: 72,
      mode: 'ROUTE',
      types: ['Monitor request'],
      reviewedDaysAgo: 35,
      processReviewed: true,
    },
    {
      name: 'Wi-Fi and network help',
      owner: 'Jon Bell',
      sla: 8,
      mode: 'ROUTE',
      types: ['Wi-Fi issue'],
      reviewedDaysAgo: 35,
      processReviewed: true,
    },
    {
      name: 'New or replacement laptop',
      owner: 'Priya Raman',
      sla: 120,
      mode: 'ROUTE',
      types: ['Laptop request', 'New hire equipment'],
      reviewedDaysAgo: 50,
      processReviewed: true,
    },
    {
      name: 'Software install',
      owner: 'Chen Wu',
      sla: 24,
      mode: 'RESOLVE',
      types: ['Software install'],
      reviewedDaysAgo: 12,
      processReviewed: true,
    },
    {
      name: 'Access to a system',
      owner: 'Chen Wu',
      sla: 24,
      mode: 'RESOLVE',
      types: ['Access request'],
      reviewedDaysAgo: 12,
      processReviewed: true,
    },
    {
      name: 'Printer problem',
      owner: 'Jon Bell',
      sla: 24,
      mode: 'ROUTE',
      types: ['Printer issue'],
      reviewedDaysAgo: 130,
      processReviewed: true,
    },
    {
      name: 'Sign-in help (MFA, password, BitLocker)',
      owner: 'Priya Raman',
      sla: 4,
      mode: 'RESOLVE',
      types: ['MFA reset', 'Password reset', 'BitLocker recovery'],
      reviewedDaysAgo: 20,
      processReviewed: true,
    },
  ],
  HR: [
    {
      name: 'Change my address',
      owner: 'Marcus Lee',
      sla: 24,
      mode: 'RESOLVE',
      types: ['Address change'],
      reviewedDaysAgo: 10,
      processReviewed: true,
    },
    {
      name: 'Employment letter',
      owner: 'Grace Kim',
      sla: 48,
      mode: 'RESOLVE',
      types: ['Employment letter'],
      reviewedDaysAgo: 10,
      processReviewed: true,
    },
    {
      name: 'Question about my payslip',
      owner: 'Grace Kim',
      sla: 48,
      mode: 'ROUTE',
      types: ['Payslip query'],
      reviewedDaysAgo: 10,
      processReviewed: true,
    },
    {
      name: 'Joining and leaving',
      owner: 'Marcus Lee',
      sla: 72,
      mode: 'ROUTE',
      types: ['Onboarding', 'Offboarding'],
      reviewedDaysAgo: 25,
      processReviewed: true,
    },
    {
      name: 'Parental leave',
      owner: 'Ines Duarte',
      sla: 72,
      mode: 'ROUTE',
      types: ['Parental leave'],
      reviewedDaysAgo: 25,
      processReviewed: true,
    },
    {
      name: 'Time off question',
      owner: 'Ines Duarte',
      sla: 24,
      mode: 'RESOLVE',
      types: ['PTO question', 'Policy lookup'],
      reviewedDaysAgo: 25,
      processReviewed: true,
    },
    {
      name: 'Benefits enrolment',
      owner: 'Grace Kim',
      sla: 72,
      mode: 'ROUTE',
      types: ['Benefits enrolment'],
      reviewedDaysAgo: 40,
      processReviewed: true,
    },
    {
      name: 'Expense policy',
      owner: 'Ines Duarte',
      sla: 24,
      mode: 'RESOLVE',
      types: ['Expense policy'],
      reviewedDaysAgo: 40,
      processReviewed: true,
    },
    {
      name: 'Training enrolment',
      owner: 'Marcus Lee',
      sla: 48,
      mode: 'ROUTE',
      types: ['Training enrolment'],
      reviewedDaysAgo: 40,
      processReviewed: false,
    },
  ],
  Finance: [
    {
      name: 'Vendor onboarding',
      owner: 'Elena García',
      sla: 120,
      mode: 'ROUTE',
      types: ['Vendor onboarding'],
      reviewedDaysAgo: 15,
      processReviewed: true,
    },
    {
      name: 'Expense question',
      owner: null,
      sla: 48,
      mode: 'ROUTE',
      types: ['Expense query'],
      reviewedDaysAgo: null,
      processReviewed: false,
    },
    {
      name: 'Invoice approval',
      owner: null,
      sla: null,
      mode: 'ROUTE',
      types: ['Invoice approval'],
      reviewedDaysAgo: null,
      processReviewed: false,
    },
  ],
};

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

// Two org-wide assessments, four months and three weeks ago: the trend
// rises as IT matured and HR's catalogue was built.
const ASSESSMENTS: {
  daysAgo: number;
  score: (dimension: string, index: number) => number;
}[] = [
  {
    daysAgo: 120,
    score: (dimension, i) =>
      ({
        GOVERNANCE: 2,
        SERVICE_OWNERSHIP: 2,
        PROCESS: 2,
        PEOPLE_AND_CHANGE: 1,
        MEASUREMENT: 3,
        AUTOMATION: 2,
      })[dimension]! + (i === 0 ? 1 : 0),
  },
  {
    daysAgo: 21,
    score: (dimension, i) =>
      ({
        GOVERNANCE: 3,
        SERVICE_OWNERSHIP: 4,
        PROCESS: 3,
        PEOPLE_AND_CHANGE: 2,
        MEASUREMENT: 4,
        AUTOMATION: 3,
      })[dimension]! + (i === 1 ? 1 : 0),
  },
];

const DAY_MS = 86_400_000;

/** The catalogue, CoE, enhancement backlog, governance and two maturity assessments of the demo (issue 7). */
export async function seedDemoMaturity(
  manager: EntityManager,
  {
    organization,
    departmentId,
    now = new Date(),
  }: {
    organization: OrganizationEntity;
    departmentId: (name: string) => string;
    now?: Date;
  },
): Promise<void> {
  const today = toEpochDay(todayIn(organization.timeZone, now))!;
  const organizationId = organization.id;
  for (const [department, items] of Object.entries(CATALOGUES)) {
    await manager.save(
      items.map((item) =>
        manager.create(CatalogItemEntity, {
          organizationId,
          departmentId: departmentId(department),
          name: item.name,
          nameKey: catalogNameKey(item.name),
          owner: item.owner,
          slaTargetHours: item.sla,
          fulfilmentMode: item.mode,
          requestTypes: item.types,
          processReviewed: item.processReviewed,
          lastReviewedAt:
            item.reviewedDaysAgo === null
              ? null
              : formatEpochDay(today - item.reviewedDaysAgo),
        }),
      ),
    );
  }
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
  for (const assessment of ASSESSMENTS) {
    const answers = MATURITY_QUESTIONS.map((question) => ({
      questionId: question.id,
      score: Math.min(
        5,
        assessment.score(
          question.dimension,
          MATURITY_QUESTIONS.filter(
            (q) => q.dimension === question.dimension,
          ).indexOf(question),
        ),
      ),
    }));
    const result = scoreMaturity(answers);
    await manager.save(
      manager.create(MaturityAssessmentEntity, {
        organizationId,
        departmentId: null,
        assessedAt: new Date(now.getTime() - assessment.daysAgo * DAY_MS),
        answers,
        dimensionScores: Object.fromEntries(
          result.dimensions.map(({ dimension, score }) => [dimension, score]),
        ),
        overallScore: result.overallScore,
        stage: result.stage.stage,
        disagreements: [],
        assessedBy: null,
      }),
    );
  }
}
