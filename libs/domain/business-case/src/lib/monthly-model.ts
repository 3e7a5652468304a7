import { CaseDepartment, CaseModel } from './business-case-input';

// The monthly cash-flow model of domain §8. Month 0 is the programme start
// and carries the one-time costs only; months 1..horizon carry benefits and
// running costs. Nothing is rounded here: rounding is for display only.

/** Requests in month m ≥ 1: `monthlyVolume × (1 + growth)^((m − 1) / 12)`. */
export function volumeInMonth({
  monthlyVolume,
  annualVolumeGrowth,
  month,
}: {
  monthlyVolume: number;
  annualVolumeGrowth: number;
  month: number;
}): number {
  return monthlyVolume * Math.pow(1 + annualVolumeGrowth, (month - 1) / 12);
}

/**
 * Deflection rate in month m: 0 before go-live, then a linear ramp that
 * reaches the target after `rampMonths` months
 * (`target × min(1, (m − goLive + 1) / ramp)`).
 */
export function deflectionInMonth({
  targetDeflection,
  goLiveMonth,
  rampMonths,
  month,
}: {
  targetDeflection: number;
  goLiveMonth: number;
  rampMonths: number;
  month: number;
}): number {
  if (month < goLiveMonth) return 0;
  return targetDeflection * Math.min(1, (month - goLiveMonth + 1) / rampMonths);
}

/** Agent cost of handling one request: `handlingMinutes / 60 × loadedHourlyCost`. */
export function costPerRequest({
  handlingMinutes,
  loadedHourlyCost,
}: {
  handlingMinutes: number;
  loadedHourlyCost: number;
}): number {
  return (handlingMinutes / 60) * loadedHourlyCost;
}

/** One department in one month. */
export type DepartmentMonth = {
  index: number;
  departmentId: string | null;
  label: string;
  volume: number;
  /** Rate in [0, 1]. */
  deflection: number;
  /** Requests deflected: volume × deflection. */
  deflected: number;
  benefit: number;
};

/** Volume, deflection and benefit of one department in month m (0 in month 0). */
export function departmentMonth({
  model,
  department,
  month,
}: {
  model: Pick<
    CaseModel,
    'annualVolumeGrowth' | 'loadedHourlyCost' | 'residualCostPerDeflected'
  >;
  department: CaseDepartment;
  month: number;
}): DepartmentMonth {
  const base = {
    index: department.index,
    departmentId: department.departmentId,
    label: department.label,
  };
  // Month 0 is the programme start: no operating month, so no requests.
  if (month < 1) {
    return { ...base, volume: 0, deflection: 0, deflected: 0, benefit: 0 };
  }
  const volume = volumeInMonth({
    monthlyVolume: department.monthlyVolume,
    annualVolumeGrowth: model.annualVolumeGrowth,
    month,
  });
  const deflection = deflectionInMonth({
    targetDeflection: department.targetDeflection,
    goLiveMonth: department.goLiveMonth,
    rampMonths: department.rampMonths,
    month,
  });
  const deflected = volume * deflection;
  const benefit = deflected * savingPerDeflected({ model, department });
  return { ...base, volume, deflection, deflected, benefit };
}

/** What one deflected request saves: its agent cost less the residual cost. */
export function savingPerDeflected({
  model,
  department,
}: {
  model: Pick<CaseModel, 'loadedHourlyCost' | 'residualCostPerDeflected'>;
  department: Pick<CaseDepartment, 'handlingMinutes'>;
}): number {
  const agentCost = costPerRequest({
    handlingMinutes: department.handlingMinutes,
    loadedHourlyCost: model.loadedHourlyCost,
  });
  return agentCost - model.residualCostPerDeflected;
}

/** Programme cost of month m: one-time costs in month 0, running costs after. */
export function programmeCost({
  model,
  month,
}: {
  model: Pick<
    CaseModel,
    | 'oneTimeCosts'
    | 'changeManagementCost'
    | 'monthlyPlatformCost'
    | 'monthlyCoeCost'
  >;
  month: number;
}): number {
  return month === 0
    ? model.oneTimeCosts + model.changeManagementCost
    : model.monthlyPlatformCost + model.monthlyCoeCost;
}

/** Benefit and cost per month, index = month, 0..horizon. */
export type CashFlowSeries = {
  benefit: number[];
  cost: number[];
  net: number[];
};

/**
 * `(1 + growth)^((m − 1) / 12)` for months 0..horizon (index = month): the
 * factor `volumeInMonth` applies to today's volume.
 */
export function volumeGrowthFactors({
  annualVolumeGrowth,
  horizonMonths,
}: Pick<CaseModel, 'annualVolumeGrowth' | 'horizonMonths'>): number[] {
  const factors: number[] = [];
  for (let month = 0; month <= horizonMonths; month += 1) {
    factors.push(Math.pow(1 + annualVolumeGrowth, (month - 1) / 12));
  }
  return factors;
}

/**
 * The lean form of the model (no per-department rows), for repeated
 * evaluation: Monte Carlo runs it ten thousand times, so it hoists what
 * does not change inside the loops (growth factors, saving per department)
 * and calls no helper in the inner loop. It performs the same operations
 * in the same order as `departmentMonth`, so both give the same bits (a
 * spec holds them to it).
 */
export function cashFlowSeries({
  model,
  growthFactors = volumeGrowthFactors(model),
}: {
  model: CaseModel;
  /** From `volumeGrowthFactors`; pass them to reuse across runs of one case. */
  growthFactors?: readonly number[];
}): CashFlowSeries {
  const departments = model.departments;
  const savings = departments.map((department) =>
    savingPerDeflected({ model, department }),
  );
  const upFront = programmeCost({ model, month: 0 });
  const running = programmeCost({ model, month: 1 });
  const benefit: number[] = [0];
  const cost: number[] = [upFront];
  const net: number[] = [0 - upFront];
  for (let month = 1; month <= model.horizonMonths; month += 1) {
    const growth = growthFactors[month];
    let monthBenefit = 0;
    // Departments in input order, so every caller sums in the same order.
    for (let k = 0; k < departments.length; k += 1) {
      const d = departments[k];
      if (month < d.goLiveMonth) continue; // deflection 0: adds nothing
      const volume = d.monthlyVolume * growth;
      const ramp = Math.min(1, (month - d.goLiveMonth + 1) / d.rampMonths);
      monthBenefit += volume * (d.targetDeflection * ramp) * savings[k];
    }
    benefit.push(monthBenefit);
    cost.push(running);
    net.push(monthBenefit - running);
  }
  return { benefit, cost, net };
}

/** One month of the case (api.md `monthly`). Positive net is money in. */
export type MonthlyCashFlow = {
  month: number;
  benefit: number;
  cost: number;
  net: number;
  cumulative: number;
  byDepartment?: DepartmentMonth[];
};

/** The monthly cash flow, months 0..horizon, with the running cumulative net. */
export function monthlyCashFlow({
  model,
  byDepartment = false,
}: {
  model: CaseModel;
  byDepartment?: boolean;
}): MonthlyCashFlow[] {
  const series = cashFlowSeries({ model });
  let cumulative = 0;
  return series.net.map((net, month) => {
    cumulative += net;
    const row: MonthlyCashFlow = {
      month,
      benefit: series.benefit[month],
      cost: series.cost[month],
      net,
      cumulative,
    };
    if (byDepartment) {
      row.byDepartment = model.departments.map((department) =>
        departmentMonth({ model, department, month }),
      );
    }
    return row;
  });
}
