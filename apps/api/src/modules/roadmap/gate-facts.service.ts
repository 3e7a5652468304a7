import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GateFacts, phaseDates } from '@esm-planner/domain-rollout';
import {
  DepartmentKey,
  departmentKeyParams,
} from '../../common/department-key';
import { GATE_FACTS_SQL, gateFactsOf, StoredGateFacts } from './gate-facts.sql';
import {
  PILOT_WEEK_TOTALS_SQL,
  pilotWeeksFromTotals,
  WeekTotalRow,
} from './pilot-weeks.sql';

/** What a plan needs for the pilot count: its calendar. */
export type PlanCalendarRow = {
  organizationId: string;
  departmentId: string;
  startDate: string;
  businessDays: boolean;
};

/**
 * The live facts the phase gates read (domain §4), for several departments
 * at once: whether an audit exists, whether a service owner is named, the
 * catalogue items with their owner and SLA target, and the complete pilot
 * weeks with requests since the plan's pilot phase began by its calendar
 * (request records or imported weekly rows, as serviceMetrics counts them).
 */
@Injectable()
export class GateFactsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async factsFor({
    departments,
    plans,
    asOf,
  }: {
    departments: readonly DepartmentKey[];
    plans: readonly PlanCalendarRow[];
    asOf: string;
  }): Promise<Map<string, GateFacts>> {
    if (departments.length === 0) return new Map();
    const { organizationIds, departmentIds } = departmentKeyParams(departments);
    const rows: (StoredGateFacts & { departmentId: string })[] =
      await this.dataSource.query(GATE_FACTS_SQL, [
        organizationIds,
        departmentIds,
      ]);
    const planByDepartment = new Map(
      plans.map((plan) => [plan.departmentId, plan]),
    );
    const facts = new Map<string, GateFacts>();
    for (const row of rows) {
      const plan = planByDepartment.get(row.departmentId);
      facts.set(
        row.departmentId,
        gateFactsOf(row, plan ? await this.pilotWeeks(plan, asOf) : 0),
      );
    }
    return facts;
  }

  /** Complete pilot weeks with requests since the plan's pilot began by its calendar (0 before it). */
  async pilotWeeks(plan: PlanCalendarRow, asOf: string): Promise<number> {
    const pilot = phaseDates(plan).find(
      (phase) => phase.name === 'PILOT_AND_MEASURE',
    )!;
    if (pilot.startDate >= asOf) return 0;
    // Only weeks wholly in [pilot start, asOf) can count, so only their days are read.
    const rows: WeekTotalRow[] = await this.dataSource.query(
      PILOT_WEEK_TOTALS_SQL,
      [plan.organizationId, plan.departmentId, pilot.startDate, asOf],
    );
    return pilotWeeksFromTotals({ pilotStart: pilot.startDate, asOf, rows });
  }
}
