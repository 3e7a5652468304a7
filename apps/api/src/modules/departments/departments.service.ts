import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { DepartmentEntity } from '@esm-planner/api-data-access-db';
import {
  DEPARTMENT_KINDS,
  departmentNameKey,
  DepartmentDraft,
  validateDepartmentDraft,
  ValidDepartmentDraft,
} from '@esm-planner/domain-departments';
import { AppError } from '../../common/app-error';
import { isUniqueViolation } from '../../common/postgres-errors';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { compareDepartments, toDepartment } from './department.mapper';
import {
  DEPARTMENT_BY_ID_SQL,
  DEPARTMENT_IDS_SQL,
} from './department-rows.sql';
import { Department } from './dto/department.object';

const NAME_INDEX = 'department_organization_name_key_uq';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    private readonly policy: AccessPolicy,
  ) {}

  /** The departments the caller may see, in programme order. */
  async visibleIn(
    req: ApiRequest,
    organizationId: string,
    rows?: DepartmentEntity[],
  ): Promise<Department[]> {
    const visible = await this.policy.visibleDepartments(req, organizationId);
    const all = rows ?? (await this.departments.findBy({ organizationId }));
    return all
      .filter((row) => visible === 'ALL' || visible.includes(row.id))
      .map(toDepartment)
      .sort((a, b) => compareDepartments(a, b, DEPARTMENT_KINDS));
  }

  async get(id: string): Promise<Department> {
    const [row]: DepartmentEntity[] = await this.dataSource.query(
      DEPARTMENT_BY_ID_SQL,
      [id],
    );
    if (!row) throw AppError.notFound('department');
    return toDepartment(row);
  }

  async create(
    organizationId: string,
    draft: DepartmentDraft,
  ): Promise<Department> {
    const value = this.validate(draft, false);
    const name = value.name as string;
    await this.assertNameFree(organizationId, name);
    const row = this.departments.create({
      organizationId,
      name,
      nameKey: departmentNameKey(name),
      kind: value.kind,
      status: value.status ?? 'PLANNED',
      vocabulary: value.vocabulary ?? null,
      serviceOwner: value.serviceOwner ?? null,
    });
    return toDepartment(await this.saveNamed(row, name));
  }

  async update(id: string, draft: DepartmentDraft): Promise<Department> {
    const value = this.validate(draft, true);
    const row = await this.departments.findOneBy({ id });
    if (!row) throw AppError.notFound('department');
    if (
      value.name !== undefined &&
      departmentNameKey(value.name) !== row.nameKey
    ) {
      await this.assertNameFree(row.organizationId, value.name);
    }
    Object.assign(row, value);
    if (value.name !== undefined) row.nameKey = departmentNameKey(value.name);
    return toDepartment(await this.saveNamed(row, row.name));
  }

  /** Every department id of the organisation. */
  async idsOf(organizationId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      DEPARTMENT_IDS_SQL,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }

  /** Department ids among `ids` that belong to the organisation. */
  async idsInOrganization(
    organizationId: string,
    ids: string[],
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.departments.find({
      where: { organizationId, id: In(ids) },
      select: { id: true },
    });
    return new Set(rows.map((row) => row.id));
  }

  private validate(
    draft: DepartmentDraft,
    partial: boolean,
  ): ValidDepartmentDraft {
    const result = validateDepartmentDraft(draft, { partial });
    if (!result.ok) throw AppError.badInput(result.errors);
    return result.value;
  }

  private async assertNameFree(
    organizationId: string,
    name: string,
  ): Promise<void> {
    const taken = await this.departments.existsBy({
      organizationId,
      nameKey: departmentNameKey(name),
    });
    if (taken) throw this.duplicate(name);
  }

  private async saveNamed(
    row: DepartmentEntity,
    name: string,
  ): Promise<DepartmentEntity> {
    try {
      return await this.departments.save(row);
    } catch (error) {
      if (isUniqueViolation(error, NAME_INDEX)) throw this.duplicate(name);
      throw error;
    }
  }

  private duplicate(name: string): AppError {
    return new AppError(
      'CONFLICT',
      `a department named "${name}" already exists in this organisation`,
      {
        fields: [
          { field: 'name', message: 'already used by another department' },
        ],
      },
    );
  }
}
