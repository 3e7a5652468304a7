import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntity, AuditRowEntity } from '@esm-planner/api-data-access-db';
import {
  auditFromRequestsProblems,
  computeBaseline,
  departmentsWithoutRecordsProblem,
  isChannel,
} from '@esm-planner/domain-audit';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { isUniqueViolation } from '../../common/postgres-errors';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import {
  AUDIT_FROM_REQUESTS_SQL,
  DerivedAuditRows,
} from './audit-from-requests.sql';
import { toBaseline } from './baseline.mapper';
import { BaselinesService } from './baselines.service';
import { AuditFromRequestsInput } from './dto/audit-from-requests.input';
import { Baseline } from './dto/baseline.object';

// One INSERT may carry at most 65,535 parameters.
const INSERT_SLICE = 2_000;

const DEPARTMENTS_SQL = `SELECT d.id, d.name, o.time_zone AS "timeZone"
  FROM department d JOIN organization o ON o.organization_id = d.organization_id
 WHERE d.organization_id = $1 AND d.id = ANY($2::uuid[])`;

/**
 * `createAuditFromRequests` (domain §2): a dated audit per department built
 * from the request records opened in the window, replacing that
 * department's audit for the same window (docs/decisions/0003), all in one
 * transaction — or nothing when any department has no records there.
 */
@Injectable()
export class AuditFromRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly baselines: BaselinesService,
  ) {}

  async create(
    req: ApiRequest,
    input: AuditFromRequestsInput,
  ): Promise<Baseline[]> {
    const { ids, departments } = await this.departmentsOf(req, input);
    const byId = new Map(
      departments.map((department) => [department.id, department]),
    );
    const window = {
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
    };
    const covered = await this.baselines.coveredRequestTypes(
      ids.map((id) => ({ organizationId: input.organizationId, id })),
    );
    try {
      return await this.dataSource.transaction(async (manager) => {
        const derived = new Map(
          (
            (await manager.query(AUDIT_FROM_REQUESTS_SQL, [
              input.organizationId,
              departments[0].timeZone,
              ids,
              window.windowStart,
              window.windowEnd,
            ])) as DerivedAuditRows[]
          ).map((row) => [row.departmentId, row]),
        );
        const without = ids.filter((id) => !derived.has(id));
        if (without.length > 0) {
          throw AppError.badInput([
            departmentsWithoutRecordsProblem({
              ...window,
              names: without.map((id) => byId.get(id)!.name),
            }),
          ]);
        }
        const baselines: Baseline[] = [];
        for (const id of ids) {
          const audit = await this.replaceAudit(
            manager,
            {
              organizationId: input.organizationId,
              departmentId: id,
              ...window,
            },
            derived.get(id)!,
          );
          baselines.push(
            toBaseline(
              this.baselineOf(audit, derived.get(id)!, covered.get(id) ?? []),
              audit,
            ),
          );
        }
        return baselines;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'audit_department_window_uq')) {
        throw new AppError(
          'CONFLICT',
          'another baseline for this window was saved at the same time; try again',
        );
      }
      throw error;
    }
  }

  /**
   * The departments named, each once, after the input's checks: NOT_FOUND
   * for one the organisation does not have, FORBIDDEN for one the caller
   * may not write.
   */
  private async departmentsOf(
    req: ApiRequest,
    input: AuditFromRequestsInput,
  ): Promise<{
    ids: string[];
    departments: { id: string; name: string; timeZone: string }[];
  }> {
    // An audit from records is written like an imported one: ADMIN, COE, or
    // the head of every department named (docs/access.md).
    const scope = await this.policy.departmentScope(
      req,
      input.organizationId,
      'import:write',
    );
    const problems = auditFromRequestsProblems(input);
    if (problems.length > 0) throw AppError.badInput(problems);
    const ids = [...new Set(input.departmentIds)];
    const departments: { id: string; name: string; timeZone: string }[] =
      await this.dataSource.query(DEPARTMENTS_SQL, [
        input.organizationId,
        ids.filter(isUuid),
      ]);
    if (departments.length !== ids.length)
      throw AppError.notFound('department');
    if (scope !== 'ALL' && ids.some((id) => !scope.includes(id))) {
      throw new AppError(
        'FORBIDDEN',
        'a department head may only build the baselines of their own departments',
      );
    }
    return { ids, departments };
  }

  private async replaceAudit(
    manager: EntityManager,
    key: {
      organizationId: string;
      departmentId: string;
      windowStart: string;
      windowEnd: string;
    },
    derived: DerivedAuditRows,
  ): Promise<AuditEntity> {
    await manager.delete(AuditEntity, key);
    const audit = await manager.save(
      manager.create(AuditEntity, {
        ...key,
        importJobId: null,
        source: 'REQUESTS',
        medianFirstResponseHours: derived.medianFirstResponseHours,
        p90FirstResponseHours: derived.p90FirstResponseHours,
      }),
    );
    for (let start = 0; start < derived.rows.length; start += INSERT_SLICE) {
      const slice = derived.rows.slice(start, start + INSERT_SLICE);
      await manager.insert(
        AuditRowEntity,
        slice.map((row) => ({
          ...row,
          organizationId: key.organizationId,
          auditId: audit.id,
        })),
      );
    }
    return audit;
  }

  private baselineOf(
    audit: AuditEntity,
    derived: DerivedAuditRows,
    coveredRequestTypes: string[],
  ) {
    return computeBaseline({
      windowStart: audit.windowStart,
      windowEnd: audit.windowEnd,
      // Stored channels were validated on import; anything else reads as OTHER.
      rows: derived.rows.map((row) => ({
        ...row,
        channel: isChannel(row.channel) ? row.channel : 'OTHER',
      })),
      coveredRequestTypes,
      firstResponsePercentiles: {
        medianFirstResponseHours: derived.medianFirstResponseHours,
        p90FirstResponseHours: derived.p90FirstResponseHours,
      },
    });
  }
}
