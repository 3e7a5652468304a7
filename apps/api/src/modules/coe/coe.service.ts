import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  CoeAssignmentEntity,
  DepartmentEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import {
  assigneeKey,
  coeCoverage,
  CoeRole,
  coeRoster,
} from '@esm-planner/domain-maturity';
import { AppError, FieldProblem } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { Coe, CoeRoleInput } from './dto/coe.object';
import {
  ProgrammeGovernance,
  ProgrammeGovernanceInput,
} from './dto/programme-governance.object';

const MAX_NAME = 200;

@Injectable()
export class CoeService {
  constructor(
    @InjectRepository(CoeAssignmentEntity)
    private readonly assignments: Repository<CoeAssignmentEntity>,
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
  ) {}

  async coe(organizationId: string): Promise<Coe> {
    const rows = await this.assignments.find({ where: { organizationId } });
    const roles = coeRoster(
      rows.map((row) => ({
        role: row.role as CoeRole,
        assignee: row.assignee,
      })),
    );
    return { organizationId, roles, coverage: coeCoverage(roles) };
  }

  /** Adds a person to a role; assigning someone already there changes nothing. */
  async assign(input: CoeRoleInput): Promise<Coe> {
    const assignee = this.personName(input.assignee, 'assignee');
    await this.assignments
      .createQueryBuilder()
      .insert()
      .values({
        organizationId: input.organizationId,
        role: input.role,
        assignee,
        assigneeKey: assigneeKey(assignee),
      })
      .orIgnore()
      .execute();
    return this.coe(input.organizationId);
  }

  async unassign(input: CoeRoleInput): Promise<Coe> {
    const result = await this.assignments.delete({
      organizationId: input.organizationId,
      role: input.role,
      assigneeKey: assigneeKey(input.assignee),
    });
    if (!result.affected) throw AppError.notFound('CoE assignment');
    return this.coe(input.organizationId);
  }

  async governance(organizationId: string): Promise<ProgrammeGovernance> {
    const organization = await this.organizations.findOneByOrFail({
      id: organizationId,
    });
    return {
      organizationId,
      executiveSponsor: organization.executiveSponsor,
      steeringGroup: organization.steeringGroup ?? [],
    };
  }

  async setGovernance(
    input: ProgrammeGovernanceInput,
  ): Promise<ProgrammeGovernance> {
    const problems: FieldProblem[] = [];
    const sponsor = input.executiveSponsor?.trim() || null;
    if (sponsor && sponsor.length > MAX_NAME)
      problems.push({
        field: 'executiveSponsor',
        message: `at most ${MAX_NAME} characters`,
      });
    const ids = input.steeringGroup
      .map((member) => member.departmentId)
      .filter((id): id is string => Boolean(id));
    const known =
      ids.length === 0
        ? new Set<string>()
        : new Set(
            (
              await this.departments.find({
                where: {
                  organizationId: input.organizationId,
                  id: In(ids.filter(isUuid)),
                },
                select: { id: true },
              })
            ).map((row) => row.id),
          );
    input.steeringGroup.forEach((member, index) => {
      if (!member.name.trim())
        problems.push({
          field: `steeringGroup[${index}].name`,
          message: 'a member needs a name',
        });
      if (member.name.trim().length > MAX_NAME)
        problems.push({
          field: `steeringGroup[${index}].name`,
          message: `at most ${MAX_NAME} characters`,
        });
      if (member.departmentId && !known.has(member.departmentId)) {
        problems.push({
          field: `steeringGroup[${index}].departmentId`,
          message: 'no such department in this organisation',
        });
      }
    });
    if (problems.length > 0) throw AppError.badInput(problems);
    const steeringGroup = input.steeringGroup.map((member) => ({
      name: member.name.trim(),
      departmentId: member.departmentId ?? null,
    }));
    await this.organizations.update(
      { id: input.organizationId },
      { executiveSponsor: sponsor, steeringGroup },
    );
    return {
      organizationId: input.organizationId,
      executiveSponsor: sponsor,
      steeringGroup,
    };
  }

  private personName(value: string, field: string): string {
    const name = value.trim().replace(/\s+/g, ' ');
    if (!name)
      throw AppError.badInput([
        { field, message: `${field} must not be empty` },
      ]);
    if (name.length > MAX_NAME)
      throw AppError.badInput([
        { field, message: `${field} must be at most ${MAX_NAME} characters` },
      ]);
    return name;
  }
}
