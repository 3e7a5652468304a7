import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  And,
  DataSource,
  LessThan,
  MoreThanOrEqual,
  Repository,
} from 'typeorm';
import {
  DepartmentEntity,
  RequestDayChannelEntity,
  RequestDayRollupEntity,
  SERVICE_METRICS_ROWS,
} from '@esm-planner/api-data-access-db';
import {
  channelVolumePoints,
  type DailyRollup,
  departmentDeflection,
  Grain,
  mergeMetricSources,
  metricRangeProblems,
  type PeriodResolution,
  periodsBetween,
  pointsFromDailyRollups,
  rollupDayRange,
  rollUpToMonths,
  weeklyRowPoints,
  type WeeklyMetricsRow,
} from '@esm-planner/domain-metrics';
import { addDays } from '@esm-planner/shared-util-dates';
import { AppError } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { toDepartment } from '../departments/department.mapper';
import { DeflectionBenchmarksService } from './deflection-benchmarks.service';
import { ChannelVolumePoint } from './dto/channel-volume-point.object';
import { DepartmentDeflection } from './dto/department-deflection.object';
import { MetricPoint } from './dto/metric-point.object';

type Range = { from: string; to: string };

/**
 * Service metrics (domain §3) read from the request rollups the import
 * keeps (request_day_rollup & co., in the organisation's local days): a
 * query reads a row per day and period, never the requests themselves.
 * Imported weekly sheets fill periods without request data, and every point
 * says its source.
 */
@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(RequestDayRollupEntity)
    private readonly days: Repository<RequestDayRollupEntity>,
    @InjectRepository(RequestDayChannelEntity)
    private readonly channels: Repository<RequestDayChannelEntity>,
    private readonly benchmarks: DeflectionBenchmarksService,
    private readonly policy: AccessPolicy,
  ) {}

  async serviceMetrics({
    departmentId,
    from,
    to,
    grain,
  }: Range & { departmentId: string; grain: Grain }): Promise<MetricPoint[]> {
    assertRange({ from, to, grain });
    const periods = periodsBetween({ from, to, grain });
    const { firstDay, endDay } = rollupDayRange({ from, to, grain });
    const [row]: {
      days: DailyRollup[];
      resolutions: PeriodResolution[];
      weeks: WeeklyMetricsRow[];
    }[] = await this.dataSource.query(SERVICE_METRICS_ROWS, [
      departmentId,
      firstDay,
      endDay,
      grain,
      periods,
      addDays({ date: periods[0], days: -6 }),
    ]);
    // The days come summed per period (one row per period start, which
    // pointsFromDailyRollups keys them by); bigint sums arrive as JSON
    // numbers: exact, they stay far below 2^53.
    const requestLevel = pointsFromDailyRollups({
      days: row.days,
      resolutions: row.resolutions,
      from,
      to,
      grain,
    });
    const weekly = (
      grain === 'WEEK'
        ? weeklyRowPoints({ rows: row.weeks })
        : rollUpToMonths({ rows: row.weeks })
    ).filter((point) => periods.includes(point.periodStart));
    return mergeMetricSources({ requestLevel, weekly });
  }

  async channelVolume({
    departmentId,
    from,
    to,
    grain,
  }: Range & { departmentId: string; grain: Grain }): Promise<
    ChannelVolumePoint[]
  > {
    assertRange({ from, to, grain });
    const { organizationId } = await this.departments.findOneByOrFail({
      id: departmentId,
    });
    const { firstDay, endDay } = rollupDayRange({ from, to, grain });
    const rows = await this.channels.find({
      where: {
        organizationId,
        departmentId,
        day: And(MoreThanOrEqual(firstDay), LessThan(endDay)),
      },
    });
    return channelVolumePoints({ rows, from, to, grain });
  }

  /**
   * Each visible department's deflection over the days [from, to] (local
   * dates, both included) against its benchmark, departments with no
   * requests included (rate null).
   */
  /** Every department the caller may list (a department head: their own). */
  async organizationDeflection(
    req: ApiRequest,
    { organizationId, from, to }: Range & { organizationId: string },
  ): Promise<DepartmentDeflection[]> {
    const visible = await this.policy.visibleDepartments(req, organizationId);
    const problems = metricRangeProblems({ from, to, grain: 'MONTH' });
    if (problems.length > 0) throw AppError.badInput(problems);
    const all = await this.departments.findBy({ organizationId });
    const shown = all.filter(
      (row) => visible === 'ALL' || visible.includes(row.id),
    );
    if (shown.length === 0) return [];
    const sums: { department_id: string; total: number; deflected: number }[] =
      await this.days
        .createQueryBuilder('d')
        .select('d.department_id', 'department_id')
        .addSelect('sum(d.total)::int', 'total')
        .addSelect('sum(d.deflected)::int', 'deflected')
        .where(
          'd.organization_id = :organizationId AND d.department_id IN (:...ids) AND d.day >= :from AND d.day <= :to',
          { organizationId, ids: shown.map((row) => row.id), from, to },
        )
        .groupBy('d.department_id')
        .getRawMany();
    const byId = new Map(sums.map((row) => [row.department_id, row]));
    const benchmarks = await this.benchmarks.forDepartments(shown);
    return shown.map(toDepartment).map((department) => {
      const counts = byId.get(department.id) ?? { total: 0, deflected: 0 };
      const result = departmentDeflection({
        total: counts.total,
        deflected: counts.deflected,
        benchmark: benchmarks.get(department.id)!,
      });
      return {
        department,
        ...result,
        benchmarkIsAssumption: result.benchmark.source === 'ASSUMPTION',
      };
    });
  }
}

function assertRange(range: Range & { grain: Grain }): void {
  const problems = metricRangeProblems(range);
  if (problems.length > 0) throw AppError.badInput(problems);
}
