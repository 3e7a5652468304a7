import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { behindPlan } from '@esm-planner/domain-business-case';
import { addDays } from '@esm-planner/shared-util-dates';
import { DEPARTMENT_STATUSES } from '@esm-planner/domain-departments';
import { MATURITY_STAGES, maturityTrend } from '@esm-planner/domain-maturity';
import {
  completeWeeksBefore,
  DepartmentWeek,
  programmeDeflection,
  PROGRAMME_DEFLECTION_WEEKS,
} from '@esm-planner/domain-metrics';
import { isRolloutPhase } from '@esm-planner/domain-rollout';
import { AppError, FieldProblem } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { ValueRealisationService } from '../business-cases/value/value-realisation.service';
import { ReadinessService } from '../maturity/readiness.service';
import { DeflectionBenchmarksService } from '../metrics/deflection-benchmarks.service';
import { Roadmap } from '../roadmap/dto/roadmap.object';
import { organizationToday } from '../roadmap/organization-today';
import { RoadmapService } from '../roadmap/roadmap.service';
import {
  DEPARTMENT_WEEKS_SQL,
  LATEST_ASSESSMENTS_SQL,
  LATEST_CASE_SQL,
} from './overview-reads.sql';
import {
  NextGate,
  OverviewBusinessCase,
  OverviewCaseProblem,
  OverviewMaturity,
  ProgrammeOverview,
} from './programme-overview.object';

const ORGANIZATION_SQL = `SELECT time_zone AS "timeZone", currency FROM organization WHERE organization_id = $1`;

type Visible = 'ALL' | readonly string[];

/**
 * The programme overview (api.md programmeOverview): one roadmap build (the
 * timeline, IT stability and every plan's next gate), one read of the
 * weekly request rollups, the last two maturity assessments, the latest
 * saved case measured once (domain §9) and the programme's readiness. No
 * business-case model runs per department. A department head gets the
 * organisation's aggregates and only their own departments' rows.
 */
@Injectable()
export class ProgrammeOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roadmaps: RoadmapService,
    private readonly benchmarks: DeflectionBenchmarksService,
    private readonly value: ValueRealisationService,
    private readonly readiness: ReadinessService,
    private readonly policy: AccessPolicy,
  ) {}

  async overview(
    req: ApiRequest,
    organizationId: string,
    asOf?: string | null,
  ): Promise<ProgrammeOverview> {
    const [organization]: { timeZone: string; currency: string }[] =
      await this.dataSource.query(ORGANIZATION_SQL, [organizationId]);
    if (!organization) throw AppError.notFound('organization');
    const day = asOf ?? organizationToday(organization.timeZone);
    const visible = await this.policy.visibleDepartments(req, organizationId);
    // Independent reads side by side: the case's measurement (the slowest:
    // it assembles the case from today's audits and schedule) does not wait
    // for the roadmap.
    const [roadmap, maturity, businessCase, readiness] = await Promise.all([
      this.roadmaps.build(organizationId, day),
      this.maturity(organizationId),
      this.businessCase(organizationId, day, visible),
      this.readiness.forProgramme(req, organizationId),
    ]);
    const deflection = await this.deflection(organizationId, day, roadmap);
    const shown = roadmap.items.filter((item) =>
      isVisible(visible, item.department.id),
    );
    return {
      organizationId,
      asOf: day,
      currency: organization.currency.trim(),
      departments: shown.map((item) => ({
        department: item.department,
        status: item.status,
        order: item.order,
        startDate: item.startDate,
        goLiveDate: item.goLiveDate,
        endDate: item.endDate,
        source: item.source,
        planStatus: item.planStatus,
      })),
      statusCounts: DEPARTMENT_STATUSES.map((status) => ({
        status,
        count: roadmap.items.filter((item) => item.status === status).length,
      })),
      itStability: roadmap.itStability,
      deflection,
      maturity,
      businessCase: businessCase?.summary ?? null,
      businessCaseProblem: businessCase?.problem ?? null,
      behindPlan: businessCase?.behind ?? [],
      readinessFailures: readiness.checks.filter(
        (check) => check.state === 'FAIL',
      ),
      nextGates: shown.flatMap((item): NextGate[] => {
        const gate = item.gates.find((candidate) => candidate.name !== 'START');
        if (
          !item.planId ||
          !item.currentPhase ||
          !gate ||
          !isRolloutPhase(gate.name)
        )
          return [];
        // The roadmap joins a gate's reasons with "; " (RoadmapGate.reason).
        const needs = gate.reason ? gate.reason.split('; ') : [];
        return [
          {
            department: item.department,
            planId: item.planId,
            currentPhase: item.currentPhase,
            nextPhase: gate.name,
            holds: gate.holds,
            needs,
          },
        ];
      }),
    };
  }

  private async deflection(
    organizationId: string,
    asOf: string,
    roadmap: Roadmap,
  ) {
    const weeks = completeWeeksBefore({
      asOf,
      weeks: PROGRAMME_DEFLECTION_WEEKS,
    });
    const rows: DepartmentWeek[] = await this.dataSource.query(
      DEPARTMENT_WEEKS_SQL,
      [
        organizationId,
        weeks[0],
        addDays({ date: weeks[weeks.length - 1], days: 7 }),
      ],
    );
    const departments = roadmap.items.map((item) => item.department);
    const benchmarks = await this.benchmarks.forDepartments(departments);
    return programmeDeflection({
      asOf,
      rows,
      benchmarks: new Map(
        departments.map((department) => [
          department.id,
          benchmarks.get(department.id)!.target,
        ]),
      ),
    });
  }

  private async maturity(
    organizationId: string,
  ): Promise<OverviewMaturity | null> {
    const [latest, previous]: {
      stage: number;
      overallScore: number;
      assessedAt: Date;
    }[] = await this.dataSource.query(LATEST_ASSESSMENTS_SQL, [organizationId]);
    if (!latest) return null;
    const nameOf = (stage: number) => MATURITY_STAGES[stage - 1].name;
    return {
      stage: latest.stage,
      stageName: nameOf(latest.stage),
      overallScore: latest.overallScore,
      assessedAt: latest.assessedAt,
      trend: maturityTrend({ latest, previous: previous ?? null }),
      previousStage: previous?.stage ?? null,
      previousStageName: previous ? nameOf(previous.stage) : null,
      previousOverallScore: previous?.overallScore ?? null,
      previousAssessedAt: previous?.assessedAt ?? null,
    };
  }

  private async businessCase(
    organizationId: string,
    asOf: string,
    visible: Visible,
  ) {
    const [latest]: { id: string; name: string }[] =
      await this.dataSource.query(LATEST_CASE_SQL, [organizationId]);
    if (!latest) return null;
    let measured;
    try {
      measured = await this.value.measureCase({
        businessCaseId: latest.id,
        asOf,
        visible,
      });
    } catch (error) {
      // A case that no longer fits today's facts (a department without an
      // audit volume, say) must not take the home page down with it.
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT')
        throw error;
      const fields = (error.extensions.fields ?? []) as FieldProblem[];
      const problem: OverviewCaseProblem = {
        businessCaseId: latest.id,
        name: latest.name,
        messages:
          fields.length > 0
            ? fields.map((field) => field.message)
            : [error.message],
      };
      return { summary: null, behind: [], problem };
    }
    const value = measured.value;
    const summary: OverviewBusinessCase = {
      businessCaseId: value.businessCaseId,
      name: measured.stored.entity.name,
      version: value.version,
      programmeStart: value.programmeStart,
      completeMonths: value.completeMonths,
      plannedPaybackMonths: value.plannedPaybackMonths,
      forecastPaybackMonths: value.forecastPaybackMonths,
      plannedToDate: value.plannedToDate,
      realisedToDate: value.realisedToDate,
      varianceToDate: value.varianceToDate,
    };
    // Every department of a saved case has its id.
    const behind = behindPlan({ departments: value.departments }).map(
      (department) => ({
        ...department,
        departmentId: department.departmentId!,
      }),
    );
    return { summary, behind, problem: null };
  }
}

function isVisible(visible: Visible, departmentId: string): boolean {
  return visible === 'ALL' || visible.includes(departmentId);
}
