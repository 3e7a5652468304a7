import { behindPlan } from './behind-plan';
import type {
  DepartmentRealisation,
  DepartmentRealisationMonth,
} from './value-realisation';

// A month: planned benefit, and realised benefit (null while the month is not complete).
function month(
  month: number,
  plannedBenefit: number,
  realisedBenefit: number | null,
): DepartmentRealisationMonth {
  return {
    month,
    plannedDeflected: 0,
    actualTotal: realisedBenefit === null ? null : 0,
    actualDeflected: null,
    plannedBenefit,
    realisedBenefit,
  };
}

function department(
  name: string,
  months: DepartmentRealisationMonth[],
  status: DepartmentRealisation['status'],
  ratio: number | null,
): DepartmentRealisation {
  const complete = months.filter((m) => m.realisedBenefit !== null);
  return {
    departmentId: `id-${name}`,
    name,
    status,
    realisationRatio: ratio,
    plannedToDate: complete.reduce((sum, m) => sum + m.plannedBenefit, 0),
    realisedToDate: complete.reduce(
      (sum, m) => sum + (m.realisedBenefit ?? 0),
      0,
    ),
    deflectionNeeded: status === 'BEHIND' ? 0.5 : null,
    months,
  };
}

describe('behindPlan', () => {
  it('flags a BEHIND department after two complete months of planned benefit, with its ratio and the deflection it needs', () => {
    // HR planned 1 000 in months 2 and 3 and realised 500 + 700 = 1 200 of 2 000: ratio 0.6 (BEHIND).
    // Month 1 planned nothing (before go-live) and does not count; month 4 is not complete.
    const hr = department(
      'HR',
      [
        month(1, 0, 0),
        month(2, 1000, 500),
        month(3, 1000, 700),
        month(4, 1000, null),
      ],
      'BEHIND',
      0.6,
    );
    expect(behindPlan({ departments: [hr] })).toEqual([
      {
        departmentId: 'id-HR',
        name: 'HR',
        realisationRatio: 0.6,
        monthsWithPlannedBenefit: 2,
        deflectionNeeded: 0.5,
        plannedToDate: 2000,
        realisedToDate: 1200,
      },
    ]);
  });

  it('waits for the second complete month: one month behind is not flagged yet', () => {
    // Month 2 is the only complete month with planned benefit (month 1 planned 0, month 3 not complete).
    const hr = department(
      'HR',
      [month(1, 0, 10), month(2, 1000, 300), month(3, 1000, null)],
      'BEHIND',
      0.3,
    );
    expect(behindPlan({ departments: [hr] })).toEqual([]);
  });

  it('leaves out departments on track, ahead or not live', () => {
    const months = [month(1, 1000, 950), month(2, 1000, 950)];
    expect(
      behindPlan({
        departments: [
          department('IT', months, 'ON_TRACK', 0.95),
          department('Legal', months, 'AHEAD', 1.2),
          department('Finance', [month(1, 0, 0)], 'NOT_LIVE', null),
        ],
      }),
    ).toEqual([]);
  });

  it('lists the worst ratio first, ties by name', () => {
    const months = [month(1, 1000, 500), month(2, 1000, 500)];
    const names = behindPlan({
      departments: [
        department('Legal', months, 'BEHIND', 0.5),
        department('HR', months, 'BEHIND', 0.8),
        department('Finance', months, 'BEHIND', 0.5),
      ],
    }).map((d) => d.name);
    expect(names).toEqual(['Finance', 'Legal', 'HR']);
  });
});
