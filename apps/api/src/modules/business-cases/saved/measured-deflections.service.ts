import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DepartmentFacts,
  measuredDeflection,
  MeasuredDeflection,
  RecordedWeek,
} from '@esm-planner/domain-business-case';
import { periodStartOfDate } from '@esm-planner/domain-metrics';
import { organizationToday } from '../../roadmap/organization-today';
import { weekStartSql } from '@esm-planner/api-data-access-db';

/**
 * Each department's requests and deflected requests per Monday-to-Sunday
 * week from its request records (request_day_rollup, local days), for the
 * departments $2 of organisation $1 and the days [$3, $4).
 */
const RECORDED_WEEKS_SQL = `
SELECT r.department_id AS "departmentId", to_char(${weekStartSql('r.day')}, 'YYYY-MM-DD') AS "weekStart",
       sum(r.total)::int AS total, sum(r.deflected)::int AS deflected
  FROM request_day_rollup r
 WHERE r.organization_id = $1 AND r.department_id = ANY($2::uuid[]) AND r.day >= $3::date AND r.day < $4::date
 GROUP BY 1, 2`;

const TIME_ZONE_SQL = `SELECT time_zone AS "timeZone" FROM organization WHERE organization_id = $1`;

/**
 * Measured defaults (domain §8): the deflection of each department that is
 * live on the organisation's today — day 61 of its saved plan passed — with
 * four complete weeks of request records since, in one read of the rollups.
 */
@Injectable()
export class MeasuredDeflectionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forDepartments(
    organizationId: string,
    facts: readonly DepartmentFacts[],
  ): Promise<Map<string, MeasuredDeflection>> {
    // Only a saved plan's day 61 can have passed: the roadmap schedules from today on.
    const live = facts.filter((f) => f.schedule?.source === 'PLAN');
    if (live.length === 0) return new Map();
    const [{ timeZone }]: { timeZone: string }[] = await this.dataSource.query(
      TIME_ZONE_SQL,
      [organizationId],
    );
    const today = organizationToday(timeZone);
    const started = live.filter((f) => f.schedule!.goLiveDate < today);
    if (started.length === 0) return new Map();
    const from = started.map((f) => f.schedule!.goLiveDate).sort()[0];
    const rows: (RecordedWeek & { departmentId: string })[] =
      await this.dataSource.query(RECORDED_WEEKS_SQL, [
        organizationId,
        started.map((f) => f.departmentId),
        from,
        periodStartOfDate({ date: today, grain: 'WEEK' }),
      ]);
    const measured = new Map<string, MeasuredDeflection>();
    for (const f of started) {
      const weeks = rows.filter((row) => row.departmentId === f.departmentId);
      const result = measuredDeflection({
        goLiveDate: f.schedule!.goLiveDate,
        asOf: today,
        weeks,
      });
      if (result) measured.set(f.departmentId, result);
    }
    return measured;
  }
}
