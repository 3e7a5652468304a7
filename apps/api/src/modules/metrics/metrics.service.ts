import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, Repository } from 'typeorm';
import { DepartmentEntity, OrganizationEntity, RequestFactEntity, WeeklyMetricEntity } from '@esm-planner/api-data-access-db';
import {
  addDays,
  computeMetricPoints,
  Grain,
  isResolution,
  mergeMetricSources,
  metricRangeProblems,
  periodsBetween,
  rollUpToMonths,
  weeklyRowPoints,
} from '@esm-planner/domain-metrics';
import { AppError } from '../../common/app-error';
import { MetricPoint } from './dto/metric-point.object';

/**
 * serviceMetrics (domain §3): request-level facts counted per period in the
 * organisation's time zone, imported weekly sheets where a period has no
 * request data, and the source of every point.
 */
@Injectable()
export class MetricsService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(RequestFactEntity) private readonly requests: Repository<RequestFactEntity>,
    @InjectRepository(WeeklyMetricEntity) private readonly weeks: Repository<WeeklyMetricEntity>,
  ) {}

  async serviceMetrics({ departmentId, from, to, grain }: { departmentId: string; from: string; to: string; grain: Grain }): Promise<MetricPoint[]> {
    const problems = metricRangeProblems({ from, to, grain });
    if (problems.length > 0) throw AppError.badInput(problems.map((message) => ({ field: /\bto\b/.test(message) ? 'to' : 'from', message })));
    const department = await this.departments.findOneByOrFail({ id: departmentId });
    const { timeZone } = await this.organizations.findOneByOrFail({ id: department.organizationId });
    const periods = periodsBetween({ from, to, grain });
    const first = periods[0];
    const last = periods[periods.length - 1];
    // Periods are whole and local: a day of margin either side of UTC covers
    // every time zone; computeMetricPoints drops what falls outside.
    const end = addDays({ date: grain === 'WEEK' ? addDays({ date: last, days: 7 }) : nextMonth(last), days: 1 });
    const facts = await this.requests.find({
      select: { openedAt: true, resolvedAt: true, resolution: true, slaMet: true, reopened: true },
      where: { organizationId: department.organizationId, departmentId, openedAt: Between(new Date(`${addDays({ date: first, days: -1 })}T00:00:00Z`), new Date(`${end}T00:00:00Z`)) },
    });
    const requestLevel = computeMetricPoints({
      requests: facts.map((fact) => ({ ...fact, resolution: isResolution(fact.resolution) ? fact.resolution : null })),
      from,
      to,
      grain,
      timeZone,
    });
    const rows = await this.weeks.find({ where: { departmentId, weekStart: Between(addDays({ date: first, days: -6 }), last < to ? to : last) } });
    const weekly = (grain === 'WEEK' ? weeklyRowPoints({ rows }) : rollUpToMonths({ rows })).filter((point) =>
      periods.includes(point.periodStart),
    );
    return mergeMetricSources({ requestLevel, weekly });
  }
}

function nextMonth(monthStart: string): string {
  const [year, month] = monthStart.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
