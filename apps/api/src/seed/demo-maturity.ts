import { EntityManager } from 'typeorm';
import {
  MaturityAssessmentEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import { toEpochDay } from '@esm-planner/shared-util-dates';
import {
  MATURITY_QUESTIONS,
  scoreMaturity,
} from '@esm-planner/domain-maturity';
import { todayIn } from '../common/today';
import { seedDemoCatalogues } from './demo-catalogue';
import { seedDemoGovernance } from './demo-governance';

const DAY_MS = 86_400_000;

// Two org-wide assessments, four months and three weeks ago: the trend
// rises as IT matured and HR's catalogue was built.
const ASSESSMENTS: {
  daysAgo: number;
  score: (dimension: string, index: number) => number;
}[] = [
  {
    daysAgo: 120,
    score: (dimension, i) =>
      ({
        GOVERNANCE: 2,
        SERVICE_OWNERSHIP: 2,
        PROCESS: 2,
        PEOPLE_AND_CHANGE: 1,
        MEASUREMENT: 3,
        AUTOMATION: 2,
      })[dimension]! + (i === 0 ? 1 : 0),
  },
  {
    daysAgo: 21,
    score: (dimension, i) =>
      ({
        GOVERNANCE: 3,
        SERVICE_OWNERSHIP: 4,
        PROCESS: 3,
        PEOPLE_AND_CHANGE: 2,
        MEASUREMENT: 4,
        AUTOMATION: 3,
      })[dimension]! + (i === 1 ? 1 : 0),
  },
];

/** The catalogue, CoE, enhancement backlog, governance and two maturity assessments of the demo (issue 7). */
export async function seedDemoMaturity(
  manager: EntityManager,
  {
    organization,
    departmentId,
    now = new Date(),
  }: {
    organization: OrganizationEntity;
    departmentId: (name: string) => string;
    now?: Date;
  },
): Promise<void> {
  const today = toEpochDay(todayIn(organization.timeZone, now))!;
  const organizationId = organization.id;
  await seedDemoCatalogues(manager, { organizationId, departmentId, today });
  await seedDemoGovernance(manager, { organizationId, departmentId, now });
  for (const assessment of ASSESSMENTS) {
    const answers = MATURITY_QUESTIONS.map((question) => ({
      questionId: question.id,
      score: Math.min(
        5,
        assessment.score(
          question.dimension,
          MATURITY_QUESTIONS.filter(
            (q) => q.dimension === question.dimension,
          ).indexOf(question),
        ),
      ),
    }));
    const result = scoreMaturity(answers);
    await manager.save(
      manager.create(MaturityAssessmentEntity, {
        organizationId,
        departmentId: null,
        assessedAt: new Date(now.getTime() - assessment.daysAgo * DAY_MS),
        answers,
        dimensionScores: Object.fromEntries(
          result.dimensions.map(({ dimension, score }) => [dimension, score]),
        ),
        overallScore: result.overallScore,
        stage: result.stage.stage,
        disagreements: [],
        assessedBy: null,
      }),
    );
  }
}
