import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  DimensionEvidence as DomainEvidence,
  MATURITY_QUESTIONS,
  MATURITY_STAGES,
} from '@esm-planner/domain-maturity';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { DimensionEvidence } from './dto/evidence.object';
import {
  MaturityAnswersInput,
  MaturityAssessment,
  MaturityQuestion,
  MaturityStageInfo,
} from './dto/maturity.object';
import { Readiness } from './dto/readiness.object';
import { MaturityService } from './maturity.service';
import { ReadinessService } from './readiness.service';

const optionalDepartment = {
  name: 'departmentId',
  type: () => ID,
  nullable: true,
} as const;

@Resolver(() => MaturityAssessment)
export class MaturityResolver {
  constructor(private readonly maturityService: MaturityService) {}

  @Query(() => [MaturityQuestion], {
    description: 'The questionnaire: at least four statements per dimension.',
  })
  maturityQuestions(): MaturityQuestion[] {
    return MATURITY_QUESTIONS.map(({ id, dimension, text }) => ({
      id,
      dimension,
      text,
    }));
  }

  @Query(() => [MaturityStageInfo], {
    description: 'The five stages with their descriptions.',
  })
  maturityStages(): MaturityStageInfo[] {
    return MATURITY_STAGES.map(({ stage, name, description }) => ({
      stage,
      name,
      description,
    }));
  }

  @Query(() => MaturityAssessment, {
    nullable: true,
    description:
      'The latest assessment, org-wide (no departmentId) or of a department.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  async maturity(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args(optionalDepartment) departmentId: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<MaturityAssessment | null> {
    await this.maturityService.assertScope(req, organizationId, departmentId);
    return this.maturityService.latest(organizationId, departmentId);
  }

  @Query(() => [MaturityAssessment], {
    description: 'Every assessment of the scope, oldest first (the trend).',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  async maturityHistory(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args(optionalDepartment) departmentId: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<MaturityAssessment[]> {
    await this.maturityService.assertScope(req, organizationId, departmentId);
    return this.maturityService.history(organizationId, departmentId);
  }

  @Query(() => [DimensionEvidence], {
    description: 'Evidence from data beside each dimension, as of now.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  async maturityEvidence(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args(optionalDepartment) departmentId: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<DomainEvidence[]> {
    await this.maturityService.assertScope(req, organizationId, departmentId);
    return this.maturityService.evidence(organizationId, departmentId);
  }

  @Mutation(() => MaturityAssessment, {
    description:
      'Scores and stores a dated assessment (COE, ADMIN). Bad answers are BAD_USER_INPUT naming each field.',
  })
  @Authorize('maturity:write', {
    organizationId: (args) => args.input?.organizationId,
  })
  submitMaturityAssessment(
    @Args('input') input: MaturityAnswersInput,
    @CurrentRequest() req: ApiRequest,
  ): Promise<MaturityAssessment> {
    return this.maturityService.submit(req, input);
  }
}

@Resolver(() => Readiness)
export class ReadinessResolver {
  constructor(private readonly readinessService: ReadinessService) {}

  @Query(() => Readiness, {
    description:
      'Whether a department is ready to start: the five failure modes from data.',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  readiness(
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Readiness> {
    return this.readinessService.forDepartmentId(req, departmentId);
  }

  @Query(() => Readiness, {
    description:
      'The programme’s readiness over all departments (a department head: their own).',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  programmeReadiness(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Readiness> {
    return this.readinessService.forProgramme(req, organizationId);
  }
}
