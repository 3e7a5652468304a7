import { EMPTY_CATALOGUE, MaturityFacts } from './maturity-facts';
import {
  answerDisagreements,
  disagreesWithEvidence,
  maturityEvidence,
  scoreFromShare,
} from './maturity-evidence';

const FACTS: MaturityFacts = {
  catalogue: {
    items: 10,
    withOwner: 8,
    withSla: 5,
    resolving: 3,
    processReviewed: 10,
    reviewDue: 4,
  },
  departments: 4,
  departmentsWithBaseline: 2,
  weeksOfMetrics: 6,
  deflectionAttainment: 0.5,
  coeCoverage: 5 / 7,
  sponsorNamed: true,
  steeringGroupCrossFunctional: false,
  vocabularySetShare: 0.25,
  changeManagementShare: 0.1,
};

const byDimension = (facts: MaturityFacts) =>
  new Map(maturityEvidence(facts).map((entry) => [entry.dimension, entry]));

describe(maturityEvidence.name, () => {
  it('suggests scores from the data (worked by hand)', () => {
    const evidence = byDimension(FACTS);
    // GOVERNANCE: sponsor 5, steering 1, CoE 1 + 4 × 5/7 = 3.857 → 3.9; mean 9.9 / 3 = 3.3
    expect(
      evidence.get('GOVERNANCE')!.signals.map((s) => s.suggestedScore),
    ).toEqual([5, 1, 3.9]);
    expect(evidence.get('GOVERNANCE')!.suggestedScore).toBe(3.3);
    // SERVICE_OWNERSHIP: owners 1 + 4 × 0.8 = 4.2; reviewed 6/10 → 3.4; mean 3.8
    expect(evidence.get('SERVICE_OWNERSHIP')!.suggestedScore).toBe(3.8);
    // PROCESS: all reviewed → 5
    expect(evidence.get('PROCESS')!.suggestedScore).toBe(5);
    // PEOPLE_AND_CHANGE: vocabulary 0.25 → 2; change 0.10 / 0.20 = 0.5 → 3; mean 2.5
    expect(evidence.get('PEOPLE_AND_CHANGE')!.suggestedScore).toBe(2.5);
    // MEASUREMENT: baseline 2/4 → 3; SLA 0.5 → 3; weeks 6/12 → 3; mean 3
    expect(evidence.get('MEASUREMENT')!.suggestedScore).toBe(3);
    // AUTOMATION: resolve 0.3 → 2.2; deflection 0.5 of benchmark → 3; mean 2.6
    expect(evidence.get('AUTOMATION')!.suggestedScore).toBe(2.6);
  });

  it('treats an empty catalogue as the lowest level and missing data as no evidence', () => {
    const evidence = byDimension({
      ...FACTS,
      catalogue: EMPTY_CATALOGUE,
      deflectionAttainment: null,
      changeManagementShare: null,
      vocabularySetShare: null,
    });
    expect(
      evidence.get('SERVICE_OWNERSHIP')!.signals.map((s) => s.value),
    ).toEqual([null, null]);
    expect(evidence.get('SERVICE_OWNERSHIP')!.suggestedScore).toBe(1);
    expect(evidence.get('AUTOMATION')!.suggestedScore).toBe(1);
    expect(evidence.get('PEOPLE_AND_CHANGE')!.suggestedScore).toBeNull();
  });

  it('caps weeks of metrics and deflection above the target at 5', () => {
    const evidence = byDimension({
      ...FACTS,
      weeksOfMetrics: 30,
      deflectionAttainment: 1.4,
    });
    expect(
      evidence.get('MEASUREMENT')!.signals.find((s) => s.key === 'weeks')!
        .suggestedScore,
    ).toBe(5);
    expect(
      evidence.get('AUTOMATION')!.signals.find((s) => s.key === 'deflection')!
        .suggestedScore,
    ).toBe(5);
  });

  it('gives no baseline evidence without departments', () => {
    const evidence = byDimension({
      ...FACTS,
      departments: 0,
      departmentsWithBaseline: 0,
    });
    expect(evidence.get('MEASUREMENT')!.signals[0].suggestedScore).toBeNull();
  });
});

describe(scoreFromShare.name, () => {
  it.each([
    [0, 1],
    [0.25, 2],
    [0.5, 3],
    [1, 5],
    [1.5, 5],
    [-1, 1],
  ])('%d → %d', (share, score) => expect(scoreFromShare(share)).toBe(score));
});

describe(answerDisagreements.name, () => {
  it('flags answers two or more points from the dimension’s suggestion', () => {
    const evidence = maturityEvidence(FACTS);
    // PROCESS suggests 5: an answer of 3 is 2 away (flagged), 4 is not.
    // AUTOMATION suggests 2.6: 5 is 2.4 away (flagged), 1 is 1.6 away (not).
    const answers = [
      { questionId: 'proc-fixed-first', score: 3 },
      { questionId: 'proc-mapped', score: 4 },
      { questionId: 'auto-resolve', score: 5 },
      { questionId: 'auto-deflection', score: 1 },
    ];
    expect(answerDisagreements({ answers, evidence })).toEqual([
      {
        questionId: 'proc-fixed-first',
        dimension: 'PROCESS',
        answer: 3,
        suggestedScore: 5,
      },
      {
        questionId: 'auto-resolve',
        dimension: 'AUTOMATION',
        answer: 5,
        suggestedScore: 2.6,
      },
    ]);
  });

  it('flags nothing where there is no evidence', () => {
    expect(disagreesWithEvidence(1, null)).toBe(false);
    expect(disagreesWithEvidence(1, 3)).toBe(true);
    expect(disagreesWithEvidence(1, 2.9)).toBe(false);
  });
});
