import {
  BusinessCaseInput,
  CaseModel,
  resolveBusinessCase,
} from './business-case-input';
import {
  BusinessCaseInputError,
  businessCaseProblems,
} from './business-case-problems';

/**
 * The resolved case, after validation: what every entry point that takes
 * raw input computes on.
 * @throws BusinessCaseInputError listing every invalid field.
 */
export function validCaseModel({
  input,
}: {
  input: BusinessCaseInput;
}): CaseModel {
  const problems = businessCaseProblems({ input });
  if (problems.length > 0) throw new BusinessCaseInputError(problems);
  return resolveBusinessCase({ input });
}
