import { Args, Query, Resolver } from '@nestjs/graphql';
import { BusinessCaseInputError, evaluateBusinessCase } from '@esm-planner/domain-business-case';
import { AppError } from '../../common/app-error';
import { BusinessCaseInput } from './dto/business-case.input';
import { BusinessCaseResult } from './dto/business-case-result.object';

@Resolver(() => BusinessCaseResult)
export class BusinessCasesResolver {
  @Query(() => BusinessCaseResult, {
    description: 'Evaluates a business case (domain §8) without storing anything. Invalid input is BAD_USER_INPUT naming each field.',
  })
  evaluateBusinessCase(@Args('input') input: BusinessCaseInput): BusinessCaseResult {
    try {
      const result = evaluateBusinessCase({ input });
      return {
        ...result,
        warnings: result.warnings.map((warning) => ({ ...warning, field: warning.field ?? null })),
        monthly: result.monthly.map(({ month, benefit, cost, net, cumulative }) => ({ month, benefit, cost, net, cumulative })),
      };
    } catch (error) {
      if (error instanceof BusinessCaseInputError) throw AppError.badInput([...error.problems]);
      throw error;
    }
  }
}
