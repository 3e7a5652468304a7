import { Args, Field, InputType, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { ComputePool } from '../compute/compute-pool';
import { CaseBenchmarksService } from './case-benchmarks.service';
import { BusinessCaseInput } from './dto/business-case.input';
import { BusinessCaseResult } from './dto/business-case-result.object';
import { evaluateForApi, parseSources } from './evaluate-for-api';

@InputType({
  description:
    'Where one input figure came from, for the Finance view’s assumption list.',
})
export class FieldSourceInput {
  @Field({
    description:
      'Field path, e.g. loadedHourlyCost or departments[0].monthlyVolume.',
  })
  field!: string;

  @Field({
    description:
      'AUDIT, ROADMAP, PLAN, BENCHMARK, ASSUMPTION, ENTERED or DEFAULT.',
  })
  source!: string;
}

@Resolver(() => BusinessCaseResult)
export class BusinessCasesResolver {
  constructor(
    private readonly compute: ComputePool,
    private readonly benchmarks: CaseBenchmarksService,
  ) {}

  @Query(() => BusinessCaseResult, {
    description:
      'Evaluates a business case (domain §8) without storing anything. Invalid input is BAD_USER_INPUT naming each field. A department given by an id the caller may read defaults to its organisation’s benchmark.',
  })
  async evaluateBusinessCase(
    @Args('input') input: BusinessCaseInput,
    @CurrentRequest() req: ApiRequest,
    @Args('sources', { type: () => [FieldSourceInput], nullable: true })
    sources?: FieldSourceInput[] | null,
  ): Promise<BusinessCaseResult> {
    const parsed = parseSources(sources);
    return evaluateForApi(
      this.compute,
      await this.benchmarks.fill(req, input),
      parsed,
    );
  }
}
