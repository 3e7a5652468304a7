import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import {
  AssembledCase,
  businessCaseProblems,
  caseMonths,
  MonthlyActual,
  resolveBusinessCase,
  valueRealisation,
} from '@esm-planner/domain-business-case';
import { AppError } from '../../../common/app-error';
import { AccessPolicy } from '../../auth/access-policy.service';
import { ApiRequest } from '../../auth/request-context';
import { organizationToday } from '../../roadmap/organization-today';
import { SavedCasesService, StoredCase } from '../saved/saved-cases.service';
import { MONTHLY_ACTUALS } from './monthly-actuals.sql';
import { ValueRealisation } from './value-realisation.object';

type MeasureArgs = {
  businessCaseId: string;
  version?: number | null;
  asOf?: string | null;
  visible?: 'ALL' | readonly string[];
};

/** A measurement and what it was made of. */
export type MeasuredCase = {
  stored: StoredCase;
  assembled: AssembledCase;
  organization: OrganizationEntity;
  value: ValueRealisation;
};

/**
 * A saved case measured against the request data (domain §9): the case as
 * `businessCase` shows it (the chosen version, defaults from today's audits
 * and roadmap), the monthly actuals of its complete months in one read of
 * the rollups, and the library's value realisation.
 */
@Injectable()
export class ValueRealisationService {
  constructor(
    private readonly saved: SavedCasesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
    private readonly policy: AccessPolicy,
  ) {}

  /** The measurement as the caller may see it: a department head gets the programme figures and their own departments' rows. */
  async measureVisibleTo(
    req: ApiRequest,
    args: Omit<MeasureArgs, 'visible'>,
  ): Promise<ValueRealisation> {
    const organizationId = await this.saved.organizationOf(args.businessCaseId);
    const visible = await this.policy.visibleDepartments(req, organizationId);
    return this.measure({ ...args, visible });
  }

  /**
   * `visible`: the departments whose rows the caller may see ('ALL', or a
   * department head's own); the programme figures always cover the whole case.
   */
  async measure(args: MeasureArgs): Promise<ValueRealisation> {
    return (await this.measureCase(args)).value;
  }

  /** The measurement with the case it measured (for the exports). */
  async measureCase({
    businessCaseId,
    version,
    asOf,
    visible = 'ALL',
  }: MeasureArgs): Promise<MeasuredCase> {
    const stored = await this.saved.load(businessCaseId, version);
    const [assembled, organization] = await Promise.all([
      this.saved.assemble(stored),
      this.organizations.findOneByOrFail({ id: stored.entity.organizationId }),
    ]);
    const day = asOf ?? organizationToday(organization.timeZone);
    const programmeStart = assembled.programmeStart.value;
    // A saved case was valid when saved; defaults that followed new data may not be (as businessCase says).
    const problems = businessCaseProblems({ input: assembled.input });
    if (problems.length > 0) throw AppError.badInput(problems);
    const model = resolveBusinessCase({ input: assembled.input });
    const complete = caseMonths({
      programmeStart,
      horizonMonths: model.horizonMonths,
      asOf: day,
    }).filter((month) => month.complete);
    const departmentIds = model.departments.flatMap((d) =>
      d.departmentId ? [d.departmentId] : [],
    );
    const actuals: MonthlyActual[] =
      complete.length === 0 || departmentIds.length === 0
        ? []
        : await this.dataSource.query(MONTHLY_ACTUALS, [
            organization.id,
            departmentIds,
            complete.map((month) => month.startDate),
            complete.map((month) => month.endDate),
          ]);
    const result = valueRealisation({
      input: assembled.input,
      programmeStart,
      asOf: day,
      actuals,
    });
    const value: ValueRealisation = {
      ...result,
      businessCaseId: stored.entity.id,
      version: stored.version.version,
      departments: result.departments
        .filter(
          (d) =>
            visible === 'ALL' ||
            (d.departmentId !== null && visible.includes(d.departmentId)),
        )
        // Every department of a saved case has its id.
        .map((d) => ({ ...d, departmentId: d.departmentId! })),
    };
    return { stored, assembled, organization, value };
  }
}
