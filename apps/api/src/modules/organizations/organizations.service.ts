import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { MembershipEntity, OrganizationEntity } from '@esm-planner/api-data-access-db';
import { AppError } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { Principal } from '../auth/principal';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { Organization } from './dto/organization.object';
import { organizationProblems } from './organization-draft';
import { toOrganization } from './organization.mapper';

// organization(id) opens every dashboard page: plain SQL, no hydration.
const ORGANIZATION_SQL = `
SELECT organization_id AS id, name, time_zone AS "timeZone", currency, created_at AS "createdAt"
  FROM organization WHERE organization_id = $1`;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly policy: AccessPolicy,
  ) {}

  /** Every organisation for the instance administrator; otherwise the caller's. */
  async listFor(principal: Principal): Promise<Organization[]> {
    const rows =
      principal.kind === 'instance-admin'
        ? await this.organizations.find({ order: { name: 'ASC' } })
        : await this.organizations
            .createQueryBuilder('organization')
            .innerJoin(MembershipEntity, 'membership', 'membership.organization_id = organization.organization_id')
            .where('membership.user_id = :userId', { userId: principal.userId })
            .orderBy('organization.name', 'ASC')
            .getMany();
    return rows.map(toOrganization);
  }

  async get(id: string): Promise<Organization> {
    const [row]: OrganizationEntity[] = await this.dataSource.query(ORGANIZATION_SQL, [id]);
    if (!row) throw AppError.notFound('organization');
    return toOrganization(row);
  }

  /** Creates the organisation; a user who creates one becomes its ADMIN. */
  async create(input: CreateOrganizationInput, principal: Principal): Promise<Organization> {
    const draft = { name: input.name.trim(), timeZone: input.timeZone.trim(), currency: input.currency.trim().toUpperCase() };
    const problems = organizationProblems(draft);
    if (problems.length > 0) throw AppError.badInput(problems);
    const row = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(manager.create(OrganizationEntity, draft));
      if (principal.kind === 'user') {
        await manager.save(
          manager.create(MembershipEntity, { organizationId: organization.id, userId: principal.userId, role: 'ADMIN' }),
        );
      }
      return organization;
    });
    if (principal.kind === 'user') this.policy.forgetMemberships(principal.userId);
    return toOrganization(row);
  }
}
