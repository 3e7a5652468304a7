import {
  ASSUMPTION_SOURCES,
  AssumptionSource,
  AssumptionSources,
  BusinessCaseInput,
  BusinessCaseInputError,
  evaluateBusinessCase,
} from '@esm-planner/domain-business-case';
import { AppError, FieldProblem } from '../../common/app-error';
import { BusinessCaseResult } from './dto/business-case-result.object';

/** Runs a library call, turning its input error into BAD_USER_INPUT with the field paths. */
export function withInputErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof BusinessCaseInputError) throw AppError.badInput([...error.problems]);
    throw error;
  }
}

/** The library's result as the GraphQL object; keeps the input for the audience views. */
export function evaluateForApi(input: BusinessCaseInput, sources: AssumptionSources = {}): BusinessCaseResult {
  const result = withInputErrors(() => evaluateBusinessCase({ input }));
  return {
    ...result,
    warnings: result.warnings.map((warning) => ({ ...warning, field: warning.field ?? null })),
    monthly: result.monthly.map(({ month, benefit, cost, net, cumulative }) => ({ month, benefit, cost, net, cumulative })),
    evaluated: { input, sources },
  };
}

/** Field sources as the client sends them, checked against the known list. */
export function parseSources(entries: readonly { field: string; source: string }[] | null | undefined): AssumptionSources {
  const problems: FieldProblem[] = [];
  const sources: Record<string, AssumptionSource> = {};
  (entries ?? []).forEach(({ field, source }, i) => {
    if ((ASSUMPTION_SOURCES as readonly string[]).includes(source)) sources[field] = source as AssumptionSource;
    else problems.push({ field: `sources[${i}].source`, message: `source must be one of ${ASSUMPTION_SOURCES.join(', ')}` });
  });
  if (problems.length > 0) throw AppError.badInput(problems);
  return sources;
}
