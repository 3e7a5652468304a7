import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  MembershipDepartmentEntity,
  MembershipEntity,
  UserEntity,
} from '@esm-planner/api-data-access-db';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { isUniqueViolation } from '../../common/postgres-errors';
import { AccessPolicy } from '../auth/access-policy.service';
import { Principal } from '../auth/principal';
import { hashPassword } from '../auth/password-hasher';
import { DepartmentsService } from '../departments/departments.service';
import { CreateUserInput } from './dto/create-user.input';
import { Membership } from './dto/membership.object';
import { MembershipInput } from './dto/membership.input';
import { OrganizationMember } from './dto/organization-member.object';
import { User } from './dto/user.object';
import { normaliseEmail, userProblems } from './user-draft';
import { INSTANCE_ADMIN_USER, toMembership, toUser } from './user.mapper';

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity)
    private readonly users: Repository<UserEntity>,
    @InjectRepository(MembershipEntity)
    private readonly memberships: Repository<MembershipEntity>,
    private readonly departments: DepartmentsService,
    private readonly policy: AccessPolicy,
  ) {}

  async me(principal: Principal): Promise<User> {
    if (principal.kind === 'instance-admin') return INSTANCE_ADMIN_USER;
    const user = await this.users.findOneBy({ id: principal.userId });
    if (!user)
      throw new AppError('UNAUTHENTICATED', 'the account no longer exists');
    return toUser(user);
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    if (!isUuid(userId)) return [];
    const rows = await this.memberships.find({
      where: { userId },
      relations: { departments: true },
    });
    return rows.map(toMembership);
  }

  async createUser(input: CreateUserInput): Promise<User> {
    const problems = userProblems(input);
    if (problems.length > 0) throw AppError.badInput(problems);
    const email = normaliseEmail(input.email);
    const conflict = () =>
      new AppError(
        'CONFLICT',
        `an account with e-mail ${email} already exists`,
        {
          fields: [
            { field: 'email', message: 'already used by another account' },
          ],
        },
      );
    if (await this.users.existsBy({ email })) throw conflict();
    try {
      const user = await this.users.save(
        this.users.create({
          email,
          name: input.name.trim(),
          passwordHash: await hashPassword(input.password),
        }),
      );
      return toUser(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict();
      throw error;
    }
  }

  /** Gives the person the role (replacing any role they had there). */
  async setMembership(input: MembershipInput): Promise<Membership> {
    const departmentIds = [...new Set(input.departmentIds)];
    if (
      !isUuid(input.userId) ||
      !(await this.users.existsBy({ id: input.userId }))
    ) {
      throw AppError.notFound('user');
    }
    if (input.role === 'DEPARTMENT_HEAD' && departmentIds.length === 0) {
      throw AppError.badInput([
        {
          field: 'departmentIds',
          message: 'a DEPARTMENT_HEAD must own at least one department',
        },
      ]);
    }
    if (input.role !== 'DEPARTMENT_HEAD' && departmentIds.length > 0) {
      throw AppError.badInput([
        {
          field: 'departmentIds',
          message: `departments are given only to a DEPARTMENT_HEAD, not to ${input.role}`,
        },
      ]);
    }
    const known = await this.departments.idsInOrganization(
      input.organizationId,
      departmentIds.filter(isUuid),
    );
    const unknown = departmentIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw AppError.badInput([
        {
          field: 'departmentIds',
          message: `not departments of this organisation: ${unknown.join(', ')}`,
        },
      ]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        MembershipEntity,
        {
          organizationId: input.organizationId,
          userId: input.userId,
          role: input.role,
        },
        ['organizationId', 'userId'],
      );
      const membership = await manager.findOneByOrFail(MembershipEntity, {
        organizationId: input.organizationId,
        userId: input.userId,
      });
      await manager.delete(MembershipDepartmentEntity, {
        organizationId: input.organizationId,
        membershipId: membership.id,
      });
      if (departmentIds.length > 0) {
        await manager.insert(
          MembershipDepartmentEntity,
          departmentIds.map((departmentId) => ({
            membershipId: membership.id,
            departmentId,
            organizationId: input.organizationId,
          })),
        );
      }
      return membership.id;
    });
    // After the commit: the person's next request on this replica sees the new role.
    await this.policy.forgetMemberships(input.userId);
    const membership = await this.memberships.findOneOrFail({
      where: { organizationId: input.organizationId, id },
      relations: { departments: true },
    });
    return toMembership(membership);
  }

  /** Everyone with a role in the organisation, by name. */
  async members(organizationId: string): Promise<OrganizationMember[]> {
    const rows = await this.memberships.find({
      where: { organizationId },
      relations: { departments: true, user: true },
    });
    return rows
      .map((row) => ({
        ...toMembership(row),
        email: row.user!.email,
        name: row.user!.name,
        disabled: row.user!.disabledAt !== null,
      }))
      .map(({ userId, email, name, role, departmentIds, disabled }) => ({
        userId,
        email,
        name,
        role,
        departmentIds,
        disabled,
      }))
      .sort(
        (a, b) =>
          a.name.localeCompare(b.name) || a.email.localeCompare(b.email),
      );
  }

  /**
   * Takes the person's role in the organisation away (their department
   * scope with it). The last ADMIN stays: an organisation nobody can
   * administer could only be rescued with ADMIN_TOKEN.
   */
  async removeMembership(
    organizationId: string,
    userId: string,
  ): Promise<boolean> {
    if (!isUuid(userId)) throw AppError.notFound('membership');
    await this.dataSource.transaction(async (manager) => {
      // Locks the organisation's ADMIN rows, so two removals cannot each leave the other as the last.
      const admins = await manager.find(MembershipEntity, {
        where: { organizationId, role: 'ADMIN' },
        lock: { mode: 'pessimistic_write' },
      });
      const membership = await manager.findOneBy(MembershipEntity, {
        organizationId,
        userId,
      });
      if (!membership) throw AppError.notFound('membership');
      if (membership.role === 'ADMIN' && admins.length <= 1) {
        throw new AppError(
          'CONFLICT',
          'the last ADMIN of an organisation cannot be removed; make someone else ADMIN first',
        );
      }
      await manager.delete(MembershipDepartmentEntity, {
        organizationId,
        membershipId: membership.id,
      });
      await manager.delete(MembershipEntity, {
        organizationId,
        id: membership.id,
      });
    });
    // After the commit: the person's next request on this replica has no role here.
    await this.policy.forgetMemberships(userId);
    return true;
  }
}
