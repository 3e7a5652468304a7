import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  MembershipEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import type { Role } from '@esm-planner/domain-access';
import { AppError } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { Principal } from '../auth/principal';
import { ApiRequest } from '../auth/request-context';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { Organization } from './dto/organization.object';
import { RollupRebuildJob } from './dto/rollup-rebuild-job.object';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { organizationProblems } from './organization-draft';
import { toOrganization } from './organization.mapper';
import { RollupRebuildQueue } from './rollup-rebuild/rollup-rebuild.queue';

// organization(id) opens every dashboard page: plain SQL, no hydration.
const ACTIVE_WORK_SQL = `
SELECT EXISTS (SELECT 1 FROM rollup_rebuild_job WHERE organization_id = $1 AND status IN ('QUEUED', 'RUNNING')) AS rebuilding,
       EXISTS (SELECT 1 FROM import_job WHERE organization_id = $1 AND status IN ('QUEUED', 'RUNNING')) AS importing`;
const LATEST_REBUILD_SQL = `
SELECT id, status, time_zone AS "timeZone", previous_time_zone AS "previousTimeZone", months_done AS "monthsDone",
       months_total AS "monthsTotal", message, created_at AS "createdAt", finished_at AS "finishedAt"
  FROM rollup_rebuild_job WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1`;

const ORGANIZATION_COLUMNS = `o.organization_id AS id, o.name, o.time_zone AS "timeZone", o.currency, o.created_at AS "createdAt"`;
const ORGANIZATION_SQL = `SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE o.organization_id = $1`;
// The layout asks for the list on every page: plain SQL too.
const ALL_ORGANIZATIONS_SQL = `SELECT ${ORGANIZATION_COLUMNS} FROM organization o ORDER BY o.name`;
const MEMBER_ORGANIZATIONS_SQL = `
SELECT ${ORGANIZATION_COLUMNS} FROM organization o
  JOIN membership m ON m.organization_id = o.organization_id
 WHERE m.user_id = $1 ORDER BY o.name`;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rebuilds: RollupRebuildQueue,
  ) {}

  /** The caller's role in the organisation; null without a membership (an instance administrator). */
  async roleOf(req: ApiRequest, organizationId: string): Promise<Role | null> {
    const grant = await this.policy.grantFor(req, organizationId);
    return grant.membership?.role ?? null;
  }

  /** Every organisation for the instance administrator; otherwise the caller's. */
  async listFor(principal: Principal): Promise<Organization[]> {
    const rows: OrganizationEntity[] =
      principal.kind === 'instance-admin'
        ? await this.dataSource.query(ALL_ORGANIZATIONS_SQL)
        : await this.dataSource.query(MEMBER_ORGANIZATIONS_SQL, [
            principal.userId,
          ]);
    return rows.map(toOrganization);
  }

  async get(id: string): Promise<Organization> {
    const [row]: OrganizationEntity[] = await this.dataSource.query(
      ORGANIZATION_SQL,
      [id],
    );
    if (!row) throw AppError.notFound('organization');
    return toOrganization(row);
  }

  /** Creates the organisation; a user who creates one becomes its ADMIN. */
  async create(
    input: CreateOrganizationInput,
    principal: Principal,
  ): Promise<Organization> {
    const draft = {
      name: input.name.trim(),
      timeZone: input.timeZone.trim(),
      currency: input.currency.trim().toUpperCase(),
    };
    const problems = organizationProblems(draft);
    if (problems.length > 0) throw AppError.badInput(problems);
    const row = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(
        manager.create(OrganizationEntity, draft),
      );
      if (principal.kind === 'user') {
        await manager.save(
          manager.create(MembershipEntity, {
            organizationId: organization.id,
            userId: principal.userId,
            role: 'ADMIN',
          }),
        );
      }
      return organization;
    });
    if (principal.kind === 'user')
      await this.policy.forgetMemberships(principal.userId);
    return toOrganization(row);
  }

  /**
   * Saves the settings given (ADMIN), all validated first (BAD_USER_INPUT
   * naming each field). A new time zone is not set here: it queues a rebuild
   * of the request rollups, which sets the zone when it is done (the
   * organisation keeps its old zone, consistently, until then). Refused with
   * CONFLICT while a rebuild or an import is under way; then nothing is saved.
   */
  async update(
    id: string,
    input: UpdateOrganizationInput,
    principal: Principal,
  ): Promise<Organization> {
    const current = await this.get(id);
    const draft = {
      name: input.name?.trim() ?? current.name,
      timeZone: input.timeZone?.trim() ?? current.timeZone,
      currency: input.currency?.trim().toUpperCase() ?? current.currency,
    };
    const problems = organizationProblems(draft);
    if (problems.length > 0) throw AppError.badInput(problems);
    const jobId = await this.dataSource.transaction(async (manager) => {
      // Serialises concurrent changes of one organisation's settings.
      await manager.query(
        'SELECT 1 FROM organization WHERE organization_id = $1 FOR UPDATE',
        [id],
      );
      await manager.query(
        'UPDATE organization SET name = $2, currency = $3 WHERE organization_id = $1',
        [id, draft.name, draft.currency],
      );
      if (draft.timeZone === current.timeZone) return null;
      const [{ rebuilding, importing }]: {
        rebuilding: boolean;
        importing: boolean;
      }[] = await manager.query(ACTIVE_WORK_SQL, [id]);
      if (rebuilding)
        throw new AppError(
          'CONFLICT',
          'the request data is still being rebuilt for the last time zone change: change the zone again when it is done',
        );
      if (importing)
        throw new AppError(
          'CONFLICT',
          'an import is running: change the time zone when it has finished',
        );
      const [row]: { id: string }[] = await manager.query(
        'INSERT INTO rollup_rebuild_job (organization_id, time_zone, previous_time_zone, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
        [
          id,
          draft.timeZone,
          current.timeZone,
          principal.kind === 'user' ? principal.userId : null,
        ],
      );
      return row.id;
    });
    if (jobId) await this.rebuilds.enqueue(jobId);
    return this.get(id);
  }

  /** The organisation's latest rollup rebuild, or null when its zone never changed. */
  async latestRebuild(
    organizationId: string,
  ): Promise<RollupRebuildJob | null> {
    const [row]: RollupRebuildJob[] = await this.dataSource.query(
      LATEST_REBUILD_SQL,
      [organizationId],
    );
    return row ?? null;
  }
}
