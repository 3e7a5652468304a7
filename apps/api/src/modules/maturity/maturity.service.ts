import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { MaturityAssessmentEntity } from '@esm-planner/api-data-access-db';
import {
  answerDisagreements,
  DimensionEvidence,
  MATURITY_DIMENSIONS,
  MATURITY_STAGES,
  MaturityAnswersError,
  maturityEvidence,
  MaturityDimension,
  nextStepsOf,
  scoreMaturity,
} from '@esm-planner/domain-maturity';
import { AppError } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { CoeService } from '../coe/coe.service';
import {
  MaturityAnswersInput,
  MaturityAssessment,
} from './dto/maturity.object';
import { ProgrammeScopeService } from './programme-scope.service';
import { maturityFacts } from './scope-facts';

@Injectable()
export class MaturityService {
  constructor(
    @InjectRepository(MaturityAssessmentEntity)
    private readonly assessments: Repository<MaturityAssessmentEntity>,
    private readonly scopes: ProgrammeScopeService,
    private readonly coe: CoeService,
    private readonly policy: AccessPolicy,
  ) {}

  /** A department-level read needs department:read on it, and the department must be the organisation's. */
  async assertScope(
    req: ApiRequest,
    organizationId: string,
    departmentId?: string | null,
  ): Promise<void> {
    if (!departmentId) return;
    const owner = await this.policy.requireOnDepartment(
      req,
      departmentId,
      'department:read',
    );
    if (owner !== organizationId) throw AppError.notFound('department');
  }

  /** The evidence from data beside each dimension, as of now. */
  async evidence(
    organizationId: string,
    departmentId?: string | null,
  ): Promise<DimensionEvidence[]> {
    const scope = await this.scopes.load(organizationId, departmentId);
    const [budget, weeksOfMetrics, recentDeflection, coe] = await Promise.all([
      this.scopes.latestCaseBudget(organizationId),
      this.scopes.weeksOfMetrics(scope),
      this.scopes.recentDeflection(scope),
      this.coe.coe(organizationId),
    ]);
    return maturityEvidence(
      maturityFacts(scope, {
        budget,
        weeksOfMetrics,
        recentDeflection,
        coeCoverage: coe.coverage,
      }),
    );
  }

  async submit(
    req: ApiRequest,
    input: MaturityAnswersInput,
  ): Promise<MaturityAssessment> {
    const answers = input.answers.map(({ questionId, score }) => ({
      questionId,
      score,
    }));
    let score;
    try {
      score = scoreMaturity(answers);
    } catch (error) {
      if (error instanceof MaturityAnswersError)
        throw AppError.badInput([...error.problems]);
      throw error;
    }
    await this.assertScope(req, input.organizationId, input.departmentId);
    const evidence = await this.evidence(
      input.organizationId,
      input.departmentId,
    );
    const row = await this.assessments.save(
      this.assessments.create({
        organizationId: input.organizationId,
        departmentId: input.departmentId ?? null,
        assessedAt: new Date(),
        answers,
        dimensionScores: Object.fromEntries(
          score.dimensions.map(({ dimension, score: value }) => [
            dimension,
            value,
          ]),
        ),
        overallScore: score.overallScore,
        stage: score.stage.stage,
        disagreements: answerDisagreements({ answers, evidence }),
        assessedBy:
          req.principal?.kind === 'user' ? req.principal.userId : null,
      }),
    );
    return toAssessment(row);
  }

  async latest(
    organizationId: string,
    departmentId?: string | null,
  ): Promise<MaturityAssessment | null> {
    const [row] = await this.assessments.find({
      where: this.where(organizationId, departmentId),
      order: { assessedAt: 'DESC' },
      take: 1,
    });
    return row ? toAssessment(row) : null;
  }

  /** Oldest first, so the trend reads left to right. */
  async history(
    organizationId: string,
    departmentId?: string | null,
  ): Promise<MaturityAssessment[]> {
    const rows = await this.assessments.find({
      where: this.where(organizationId, departmentId),
      order: { assessedAt: 'ASC' },
    });
    return rows.map(toAssessment);
  }

  private where(organizationId: string, departmentId?: string | null) {
    return {
      organizationId,
      departmentId: departmentId ? departmentId : IsNull(),
    };
  }
}

export function toAssessment(
  row: MaturityAssessmentEntity,
): MaturityAssessment {
  const stage = MATURITY_STAGES[row.stage - 1];
  const dimensions = MATURITY_DIMENSIONS.map((dimension) => ({
    dimension,
    score: row.dimensionScores[dimension] ?? 0,
  }));
  // Re-derived from the stored answers with today's wording.
  const nextSteps = nextStepsOf({
    answers: row.answers,
    dimensionScores: dimensions,
  });
  return {
    id: row.id,
    organizationId: row.organizationId,
    departmentId: row.departmentId,
    assessedAt: row.assessedAt,
    overallScore: row.overallScore,
    stage: row.stage,
    stageName: stage.name,
    stageDescription: stage.description,
    dimensions,
    nextSteps,
    answers: row.answers,
    disagreements: row.disagreements.map((entry) => ({
      ...entry,
      dimension: entry.dimension as MaturityDimension,
    })),
  };
}
