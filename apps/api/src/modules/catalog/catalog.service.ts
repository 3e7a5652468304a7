import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  CatalogItemEntity,
  DepartmentEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import { catalogGaps, catalogItemProblems } from '@esm-planner/domain-maturity';
import { AppError } from '../../common/app-error';
import {
  DepartmentKey,
  departmentKeyParams,
} from '../../common/department-key';
import { isUuid } from '../../common/is-uuid';
import { isUniqueViolation } from '../../common/postgres-errors';
import { todayIn } from '../../common/today';
import type { OwningRow } from '../auth/authorize.decorator';
import { BaselinesService } from '../baselines/baselines.service';
import { RequestTypeVolume } from '../baselines/dto/baseline.object';
import { compareItems, toCatalogItem } from './catalog.mapper';
import { CatalogItemInput } from './dto/catalog-item.input';
import { CatalogItem } from './dto/catalog-item.object';

const NAME_INDEX = 'catalog_item_department_name_uq';

/** What makes two item names the same in one department: trimmed, spaces collapsed, case-insensitive. */
/** The row deleteCatalogItem names: @Authorize checks catalog:write on its department. */
export const CATALOG_ITEM_ROW: OwningRow = {
  name: 'catalog item',
  ownerSql:
    'SELECT organization_id, department_id FROM catalog_item WHERE id = $1',
};

export function catalogNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(CatalogItemEntity)
    private readonly items: Repository<CatalogItemEntity>,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
    private readonly baselines: BaselinesService,
  ) {}

  /** Every item of the departments, by department (one query). */
  async itemsOf(
    departments: readonly DepartmentKey[],
  ): Promise<Map<string, CatalogItemEntity[]>> {
    const byDepartment = new Map(
      departments.map(({ id }) => [id, [] as CatalogItemEntity[]]),
    );
    if (departments.length === 0) return byDepartment;
    const { organizationIds, departmentIds } = departmentKeyParams(departments);
    const rows = await this.items.find({
      where: {
        organizationId: In(organizationIds),
        departmentId: In(departmentIds),
      },
    });
    for (const row of rows.sort(compareItems))
      byDepartment.get(row.departmentId)?.push(row);
    return byDepartment;
  }

  /**
   * The departments' items with their flags as of today in each one's
   * organisation's time zone, by department (two queries).
   */
  async listOf(
    departments: readonly DepartmentKey[],
  ): Promise<Map<string, CatalogItem[]>> {
    const { organizationIds } = departmentKeyParams(departments);
    const organizations = await this.organizations.find({
      where: { id: In(organizationIds) },
      select: { id: true, timeZone: true },
    });
    const todayOf = new Map(
      organizations.map((row) => [row.id, todayIn(row.timeZone)]),
    );
    const items = await this.itemsOf(departments);
    return new Map(
      departments.map(({ organizationId, id }) => {
        const today = todayOf.get(organizationId) ?? todayIn('UTC');
        return [
          id,
          (items.get(id) ?? []).map((item) => toCatalogItem(item, today)),
        ];
      }),
    );
  }

  /** The department's items with their flags as of today in its organisation's time zone. */
  async list(department: DepartmentKey): Promise<CatalogItem[]> {
    return (await this.listOf([department])).get(department.id) ?? [];
  }

  /** The latest audit's top-10 request types that no item maps; empty before the first audit. */
  async gaps(department: DepartmentKey): Promise<RequestTypeVolume[]> {
    const baseline = await this.baselines.latest(department);
    if (!baseline) return [];
    const items = (await this.itemsOf([department])).get(department.id) ?? [];
    return catalogGaps({ topRequestTypes: baseline.requestTypes, items });
  }

  async upsert(input: CatalogItemInput): Promise<CatalogItem> {
    const asOf = await this.todayFor(input.departmentId);
    const problems = catalogItemProblems(input, { asOf });
    if (problems.length > 0) throw AppError.badInput(problems);

    const department = await this.departments.findOneByOrFail({
      id: input.departmentId,
    });
    let row: CatalogItemEntity;
    if (input.id) {
      const existing = isUuid(input.id)
        ? await this.items.findOneBy({ id: input.id })
        : null;
      // An item of another department (or organisation) is not found, so
      // the guard's check on input.departmentId cannot be side-stepped.
      if (!existing || existing.departmentId !== input.departmentId)
        throw AppError.notFound('catalog item');
      row = existing;
    } else {
      row = this.items.create({
        organizationId: department.organizationId,
        departmentId: department.id,
        processReviewed: false,
      });
    }
    const name = input.name.trim();
    Object.assign(row, {
      name,
      nameKey: catalogNameKey(name),
      owner: input.owner?.trim() || null,
      slaTargetHours: input.slaTargetHours ?? null,
      fulfilmentMode: input.fulfilmentMode ?? null,
      requestTypes: [
        ...new Set((input.requestTypes ?? []).map((type) => type.trim())),
      ],
      lastReviewedAt: input.lastReviewedAt ?? null,
    });
    if (input.processReviewed !== null && input.processReviewed !== undefined)
      row.processReviewed = input.processReviewed;
    try {
      return toCatalogItem(await this.items.save(row), asOf);
    } catch (error) {
      if (isUniqueViolation(error, NAME_INDEX)) {
        throw new AppError(
          'CONFLICT',
          `the catalogue already has an item named "${name}"`,
          {
            fields: [
              {
                field: 'name',
                message: 'already used by another item of this department',
              },
            ],
          },
        );
      }
      throw error;
    }
  }

  /** Deletes an item; the caller needs catalog:write on its department. */
  // The caller's access is checked by @Authorize, through CATALOG_ITEM_ROW.
  async delete(id: string): Promise<boolean> {
    const row = isUuid(id) ? await this.items.findOneBy({ id }) : null;
    if (!row) throw AppError.notFound('catalog item');
    await this.items.delete({ organizationId: row.organizationId, id: row.id });
    return true;
  }

  async todayFor(departmentId: string): Promise<string> {
    const department = await this.departments.findOne({
      where: { id: departmentId },
      relations: { organization: true },
    });
    return todayIn(department?.organization?.timeZone ?? 'UTC');
  }
}
