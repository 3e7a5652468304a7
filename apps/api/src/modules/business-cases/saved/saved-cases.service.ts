import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  BusinessCaseEntity,
  BusinessCaseVersionEntity,
} from '@esm-planner/api-data-access-db';
import {
  AssembledCase,
  assembleSavedCase,
  businessCaseProblems,
  DepartmentFacts,
  SavedCaseInputs,
} from '@esm-planner/domain-business-case';
import { AppError } from '../../../common/app-error';
import { isUuid } from '../../../common/is-uuid';
import { AccessPolicy } from '../../auth/access-policy.service';
import { ApiRequest } from '../../auth/request-context';
import { ComputePool } from '../../compute/compute-pool';
import { evaluateForApi } from '../evaluate-for-api';
import { caseForScope } from './case-for-scope';
import { CaseFactsService } from './case-facts.service';
import { MeasuredDeflectionsService } from './measured-deflections.service';
import { SaveBusinessCaseInput } from './saved-case.input';
import { toSavedInputs } from './saved-case-inputs';
import { savedCaseProblems } from './saved-case-problems';
import { storeCaseVersion } from './store-case-version';
import { BusinessCase, BusinessCaseSummary } from './saved-case.object';

/** A case and the version to show, as stored. */
export type StoredCase = {
  entity: BusinessCaseEntity;
  version: BusinessCaseVersionEntity;
  versions: BusinessCaseVersionEntity[];
};

@Injectable()
export class SavedCasesService {
  constructor(
    @InjectRepository(BusinessCaseEntity)
    private readonly cases: Repository<BusinessCaseEntity>,
    @InjectRepository(BusinessCaseVersionEntity)
    private readonly versions: Repository<BusinessCaseVersionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: CaseFactsService,
    private readonly measured: MeasuredDeflectionsService,
    private readonly compute: ComputePool,
    private readonly policy: AccessPolicy,
  ) {}

  /** The case as the caller may see it: a department head gets the organisation's figures without the other departments' lines. */
  async getVisibleTo(
    req: ApiRequest,
    id: string,
    version?: number | null,
  ): Promise<BusinessCase> {
    const saved = await this.get(id, version);
    return caseForScope(
      saved,
      await this.policy.visibleDepartments(req, saved.organizationId),
    );
  }

  /** The case's organisation, or NOT_FOUND. */
  async organizationOf(id: string): Promise<string> {
    const row = isUuid(id)
      ? await this.cases.findOne({
          where: { id },
          select: { id: true, organizationId: true },
        })
      : null;
    if (!row) throw AppError.notFound('business case');
    return row.organizationId;
  }

  /** Validates against today's facts, then stores a new version (and the case, when new). */
  async save(
    input: SaveBusinessCaseInput,
    savedBy: string | null,
  ): Promise<string> {
    const name = input.name.trim();
    let saved = toSavedInputs(input.inputs);
    const facts = await this.facts.forOrganization(input.organizationId);
    const problems = savedCaseProblems({
      name,
      saved,
      departmentIds: new Set(facts.map((f) => f.departmentId)),
    });
    if (problems.length === 0) {
      saved = await this.withMeasurements(
        input.organizationId,
        input.id ?? null,
        saved,
        facts,
      );
      const assembled = assembleSavedCase({ saved, facts, today: todayIso() });
      problems.push(
        ...businessCaseProblems({ input: assembled.input }).map((p) => ({
          ...p,
          field: `inputs.${p.field}`,
        })),
      );
    }
    if (problems.length > 0) throw AppError.badInput(problems);

    return this.dataSource.transaction((manager) =>
      storeCaseVersion(manager, {
        organizationId: input.organizationId,
        id: input.id ?? null,
        name,
        saved,
        savedBy,
      }),
    );
  }

  /**
   * Measured defaults (domain §8): a department the case takes in — every
   * department of a new case, a department added to an existing one — gets
   * its measured deflection when it is live with four complete weeks of
   * records; a department already in the case keeps what it had, so later
   * data never moves the plan the case is measured against (§9).
   */
  private async withMeasurements(
    organizationId: string,
    caseId: string | null,
    saved: SavedCaseInputs,
    facts: readonly DepartmentFacts[],
  ): Promise<SavedCaseInputs> {
    const previous =
      caseId && isUuid(caseId)
        ? await this.versions.findOne({
            where: { businessCaseId: caseId, organizationId },
            order: { version: 'DESC' },
          })
        : null;
    const before = new Map(
      (
        (previous?.input as unknown as SavedCaseInputs | undefined)
          ?.departments ?? []
      ).map((d) => [d.departmentId, d]),
    );
    const newcomers = new Set(
      saved.departments
        .filter((d) => !before.has(d.departmentId))
        .map((d) => d.departmentId),
    );
    const measured =
      newcomers.size > 0
        ? await this.measured.forDepartments(
            organizationId,
            facts.filter((f) => newcomers.has(f.departmentId)),
          )
        : new Map();
    return {
      ...saved,
      departments: saved.departments.map((d) => {
        const kept = before.has(d.departmentId)
          ? (before.get(d.departmentId)!.measuredDeflection ?? null)
          : (measured.get(d.departmentId) ?? null);
        return kept ? { ...d, measuredDeflection: kept } : d;
      }),
    };
  }

  async load(id: string, version?: number | null): Promise<StoredCase> {
    const entity = await this.cases.findOneBy({ id });
    if (!entity) throw AppError.notFound('business case');
    const versions = await this.versions.find({
      where: { organizationId: entity.organizationId, businessCaseId: id },
      order: { version: 'DESC' },
    });
    const shown = version
      ? versions.find((v) => v.version === version)
      : versions[0];
    if (!shown) throw AppError.notFound('business case version');
    return { entity, version: shown, versions };
  }

  /** The stored inputs assembled with today's audits and schedule. */
  async assemble(stored: StoredCase): Promise<AssembledCase> {
    const saved = stored.version.input as unknown as SavedCaseInputs;
    const facts = await this.facts.forOrganization(
      stored.entity.organizationId,
    );
    return assembleSavedCase({
      saved,
      facts,
      today: stored.entity.createdAt.toISOString().slice(0, 10),
    });
  }

  async get(id: string, version?: number | null): Promise<BusinessCase> {
    const stored = await this.load(id, version);
    const assembled = await this.assemble(stored);
    const saved = stored.version.input as unknown as SavedCaseInputs;
    const { departments: _departments, ...globals } = saved;
    return {
      id: stored.entity.id,
      organizationId: stored.entity.organizationId,
      name: stored.entity.name,
      createdAt: stored.entity.createdAt,
      version: stored.version.version,
      savedAt: stored.version.savedAt,
      globals: {
        horizonMonths: null,
        annualVolumeGrowth: null,
        residualCostPerDeflected: null,
        changeManagementCost: null,
        monthlyCoeCost: null,
        annualDiscountRate: null,
        monteCarloRuns: null,
        seed: null,
        programmeStart: null,
        ...globals,
      },
      programmeStart: assembled.programmeStart,
      departments: assembled.departments,
      missingDepartmentIds: assembled.missingDepartmentIds,
      hiddenDepartmentCount: 0,
      result: await evaluateForApi(
        this.compute,
        assembled.input,
        assembled.sources,
      ),
      versions: stored.versions.map((v) => ({
        version: v.version,
        savedAt: v.savedAt,
        savedBy: v.savedBy,
      })),
    };
  }

  async list(organizationId: string): Promise<BusinessCaseSummary[]> {
    const rows = await this.cases.find({
      where: { organizationId },
      order: { createdAt: 'DESC' },
    });
    if (rows.length === 0) return [];
    const latest: {
      business_case_id: string;
      version: number;
      saved_at: Date;
    }[] = await this.versions
      .createQueryBuilder('v')
      .select([
        'v.business_case_id AS business_case_id',
        'v.version AS version',
        'v.saved_at AS saved_at',
      ])
      .distinctOn(['v.business_case_id'])
      .where('v.organization_id = :organizationId', { organizationId })
      .orderBy('v.business_case_id')
      .addOrderBy('v.version', 'DESC')
      .getRawMany();
    const byCase = new Map(latest.map((row) => [row.business_case_id, row]));
    return rows.flatMap((row) => {
      const head = byCase.get(row.id);
      return head
        ? [
            {
              id: row.id,
              name: row.name,
              createdAt: row.createdAt,
              version: head.version,
              savedAt: head.saved_at,
            },
          ]
        : [];
    });
  }
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
