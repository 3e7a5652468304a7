import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BusinessCaseInput } from '@esm-planner/domain-business-case';
import { isUuid } from '../../common/is-uuid';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import {
  BenchmarkedDepartment,
  DeflectionBenchmarksService,
} from '../metrics/deflection-benchmarks.service';

const DEPARTMENTS_SQL = `SELECT id, organization_id AS "organizationId", kind FROM department WHERE id = ANY($1::uuid[])`;

/**
 * The departments' own benchmarks for a case evaluated from its input
 * (`evaluateBusinessCase`): a department named by an id the caller may read
 * gets the figure its organisation set (domain §3) as the default of its
 * target deflection. Any other department — no id, an id of a department the
 * caller may not read, or one without an organisation figure — keeps the
 * published benchmark for its kind, as before.
 */
@Injectable()
export class CaseBenchmarksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly benchmarks: DeflectionBenchmarksService,
  ) {}

  async fill<Input extends BusinessCaseInput>(
    req: ApiRequest,
    input: Input,
  ): Promise<Input> {
    const ids = [
      ...new Set(
        input.departments
          .map((department) => department.departmentId)
          .filter(isUuid),
      ),
    ];
    if (ids.length === 0) return input;
    const readable = await Promise.all(
      ids.map((id) =>
        this.policy.requireOnDepartment(req, id, 'department:read').then(
          () => id,
          () => null,
        ),
      ),
    );
    const rows: BenchmarkedDepartment[] = await this.dataSource.query(
      DEPARTMENTS_SQL,
      [readable.filter((id): id is string => id !== null)],
    );
    const benchmarks = await this.benchmarks.forDepartments(rows);
    return {
      ...input,
      departments: input.departments.map((department) => {
        const benchmark = department.departmentId
          ? benchmarks.get(department.departmentId)
          : undefined;
        return benchmark?.source === 'ORGANIZATION'
          ? { ...department, benchmark }
          : department;
      }),
    };
  }
}
