import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  DepartmentEntity,
  EnhancementRequestEntity,
} from '@esm-planner/api-data-access-db';
import {
  enhancementProblems,
  EnhancementStatus,
  rankEnhancements,
} from '@esm-planner/domain-maturity';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import {
  EnhancementRequest,
  EnhancementRequestInput,
} from './dto/enhancement-request.object';

@Injectable()
export class EnhancementsService {
  constructor(
    @InjectRepository(EnhancementRequestEntity)
    private readonly requests: Repository<EnhancementRequestEntity>,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    private readonly policy: AccessPolicy,
  ) {}

  /** The ranked backlog; a department head sees their own departments' requests only. */
  async list(
    req: ApiRequest,
    organizationId: string,
  ): Promise<EnhancementRequest[]> {
    const visible = await this.policy.visibleDepartments(req, organizationId);
    const rows = await this.requests.find({
      where:
        visible === 'ALL'
          ? { organizationId }
          : { organizationId, departmentId: In([...visible]) },
      relations: { department: true },
    });
    return rankEnhancements(
      rows.map((row) => ({
        ...row,
        status: row.status as EnhancementStatus,
        createdAt: row.createdAt.toISOString(),
        row,
      })),
    ).map(({ row, ratio, rank }) => toEnhancementRequest(row, ratio, rank));
  }

  /**
   * Files or edits a request. The guard has checked enhancement:write on the
   * input's department; a decision (any status other than NEW, or a change
   * of status) also needs it organisation-wide, which a department head
   * does not hold: the product owner decides, not the requester.
   */
  async upsert(
    req: ApiRequest,
    input: EnhancementRequestInput,
  ): Promise<EnhancementRequest> {
    const department = await this.departments.findOneByOrFail({
      id: input.departmentId,
    });
    let row: EnhancementRequestEntity | null = null;
    if (input.id) {
      row = isUuid(input.id)
        ? await this.requests.findOneBy({ id: input.id })
        : null;
      if (!row || row.departmentId !== department.id)
        throw AppError.notFound('enhancement request');
    }
    const previous = (row?.status as EnhancementStatus | undefined) ?? null;
    const status = input.status ?? previous ?? 'NEW';
    const problems = enhancementProblems({ ...input, status }, previous);
    if (problems.length > 0) throw AppError.badInput(problems);
    if (status !== 'NEW' || (previous !== null && previous !== status)) {
      await this.policy.requireInOrganization(
        req,
        department.organizationId,
        'enhancement:write',
      );
    }

    const entity =
      row ??
      this.requests.create({
        organizationId: department.organizationId,
        departmentId: department.id,
      });
    Object.assign(entity, {
      title: input.title.trim(),
      description: input.description?.trim() || null,
      value: input.value,
      effort: input.effort,
      status,
    });
    if (status === 'DECLINED' && previous !== 'DECLINED')
      entity.declineReason = input.declineReason!.trim();
    if (previous !== status && status !== 'NEW') entity.decidedAt = new Date();
    const saved = await this.requests.save(entity);
    saved.department = department;
    const ranked = (await this.list(req, department.organizationId)).find(
      (request) => request.id === saved.id,
    );
    return (
      ranked ?? toEnhancementRequest(saved, saved.value / saved.effort, null)
    );
  }
}

function toEnhancementRequest(
  row: EnhancementRequestEntity,
  ratio: number,
  rank: number | null,
): EnhancementRequest {
  return {
    id: row.id,
    departmentId: row.departmentId,
    departmentName: row.department?.name ?? '',
    title: row.title,
    description: row.description,
    value: row.value,
    effort: row.effort,
    ratio,
    rank,
    status: row.status as EnhancementStatus,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}
