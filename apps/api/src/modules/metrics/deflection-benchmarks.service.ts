import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import {
  benchmarkFor,
  DeflectionBenchmark,
  deflectionBenchmarkProblem,
} from '@esm-planner/domain-metrics';
import { AppError } from '../../common/app-error';

/** A department as the benchmark needs it. */
export type BenchmarkedDepartment = {
  id: string;
  organizationId: string;
  kind: string;
};

// organization_id leads every key (the distribution column, quality.md).
const SET_SQL = `INSERT INTO department_benchmark (organization_id, department_id, deflection_benchmark, updated_by)
SELECT d.organization_id, d.id, $2, $3 FROM department d WHERE d.id = $1
ON CONFLICT (organization_id, department_id) DO UPDATE
  SET deflection_benchmark = excluded.deflection_benchmark, updated_by = excluded.updated_by, updated_at = now()`;
const CLEAR_SQL = `DELETE FROM department_benchmark b USING department d
 WHERE d.id = $1 AND b.organization_id = d.organization_id AND b.department_id = d.id`;
const OF_DEPARTMENTS_SQL = `SELECT b.department_id AS "departmentId", b.deflection_benchmark::float8 AS "deflectionBenchmark"
  FROM department_benchmark b
  JOIN unnest($1::uuid[], $2::uuid[]) AS k(organization_id, department_id)
    ON b.organization_id = k.organization_id AND b.department_id = k.department_id`;

/**
 * Each department's deflection benchmark (domain §3): the figure its
 * organisation set (`department_benchmark`), else the published one for its
 * kind, else the 0.30 assumption — the one place every reader (metrics,
 * gaps, business cases, the roadmap's benefit, maturity evidence) gets it.
 */
@Injectable()
export class DeflectionBenchmarksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The benchmarks of the departments, in one query, by department id. */
  async forDepartments(
    departments: readonly BenchmarkedDepartment[],
  ): Promise<Map<string, DeflectionBenchmark>> {
    const set = new Map<string, number>();
    if (departments.length > 0) {
      const rows: { departmentId: string; deflectionBenchmark: number }[] =
        await this.dataSource.query(OF_DEPARTMENTS_SQL, [
          departments.map((department) => department.organizationId),
          departments.map((department) => department.id),
        ]);
      rows.forEach((row) => set.set(row.departmentId, row.deflectionBenchmark));
    }
    return new Map(
      departments.map((department) => [
        department.id,
        benchmarkFor({
          kind: department.kind as DepartmentKind,
          organizationBenchmark: set.get(department.id) ?? null,
        }),
      ]),
    );
  }

  async forDepartment(
    department: BenchmarkedDepartment,
  ): Promise<DeflectionBenchmark> {
    return (await this.forDepartments([department])).get(department.id)!;
  }

  /**
   * Sets the department's benchmark (a fraction in (0, 1]), or with null
   * goes back to the published figure. BAD_USER_INPUT naming `benchmark`
   * for anything else. The caller has checked the department exists and who may.
   */
  async set(
    departmentId: string,
    benchmark: number | null,
    updatedBy: string | null,
  ): Promise<void> {
    const problem = deflectionBenchmarkProblem(benchmark);
    if (problem)
      throw AppError.badInput([{ field: 'benchmark', message: problem }]);
    if (benchmark === null)
      await this.dataSource.query(CLEAR_SQL, [departmentId]);
    else
      await this.dataSource.query(SET_SQL, [
        departmentId,
        benchmark,
        updatedBy,
      ]);
  }
}
