import type { DeflectionBenchmarksQuery } from '@esm-planner/dashboard-data-access-graphql';
import { Badge } from '@esm-planner/dashboard-ui';
import { kindLabel } from '../departments/department-labels';
import { BenchmarkForm } from './BenchmarkForm';
import {
  benchmarkSourceLabel,
  defaultBenchmarkLabel,
} from './deflection-benchmarks';
import { targetPercent } from './metrics-sentences';

type BenchmarkDepartment = NonNullable<
  DeflectionBenchmarksQuery['organization']
>['departments'][number];

const SOURCE_TONE = {
  PUBLISHED: 'info',
  ORGANIZATION: 'accent',
  ASSUMPTION: 'warning',
} as const;

/** One department's benchmark, where it comes from, and its form for those who may set it. */
export function BenchmarkItem({
  department,
  editable,
}: {
  department: BenchmarkDepartment;
  editable: boolean;
}) {
  const benchmark = department.deflectionBenchmark;
  const fallback = defaultBenchmarkLabel(benchmark);
  return (
    <li className="benchmarks__item" data-testid={`benchmark-${department.id}`}>
      <div className="benchmarks__summary">
        <span className="benchmarks__name">{department.name}</span>
        <span className="muted benchmarks__kind">
          {kindLabel(department.kind)}
        </span>
        <span
          className="benchmarks__value"
          data-testid={`benchmark-value-${department.id}`}
        >
          {targetPercent(benchmark.target)}
        </span>
        <Badge
          tone={SOURCE_TONE[benchmark.source]}
          testId={`benchmark-source-${department.id}`}
        >
          {benchmarkSourceLabel(benchmark.source)}
        </Badge>
        {benchmark.source === 'ORGANIZATION' && fallback ? (
          <span className="muted benchmarks__default">
            instead of {fallback}
          </span>
        ) : null}
      </div>
      {editable ? (
        <BenchmarkForm
          departmentId={department.id}
          departmentName={department.name}
          benchmark={benchmark}
        />
      ) : null}
    </li>
  );
}
