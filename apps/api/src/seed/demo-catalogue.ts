import { EntityManager } from 'typeorm';
import { CatalogItemEntity } from '@esm-planner/api-data-access-db';
import { formatEpochDay } from '@esm-planner/shared-util-dates';
import { FulfilmentMode } from '@esm-planner/domain-maturity';
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

/** The demo departments' service catalogues, reviewed some days before `today` (an epoch day). */
export async function seedDemoCatalogues(
  manager: EntityManager,
  {
    organizationId,
    departmentId,
    today,
  }: {
    organizationId: string;
    departmentId: (name: string) => string;
    today: number;
  },
): Promise<void> {
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
}
