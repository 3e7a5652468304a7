import { MaturityAnswer } from './answers';
import { MATURITY_DIMENSIONS, MaturityDimension } from './dimension';
import { MaturityFacts } from './maturity-facts';
import { questionById } from './questionnaire';

/** How a signal's value reads: a fraction, a count, yes (1) / no (0), or a ratio to a target. */
export type SignalUnit = 'SHARE' | 'COUNT' | 'YES_NO' | 'RATIO';

/** One figure from the data, and the score (1–5) it suggests; null when there is no data. */
export type EvidenceSignal = {
  key: string;
  label: string;
  value: number | null;
  unit: SignalUnit;
  suggestedScore: number | null;
};

export type DimensionEvidence = {
  dimension: MaturityDimension;
  signals: EvidenceSignal[];
  /** Mean of the signals' suggestions (1 decimal); null when none has data. */
  suggestedScore: number | null;
};

/** An answer this far (or further) from its dimension's suggested score is flagged. */
export const DISAGREEMENT_POINTS = 2;

/** Weeks of metrics that count as fully measured: a quarter. */
export const FULL_METRICS_WEEKS = 12;

/** Change-management share that counts as fully funded: twice the reported 10 % average (an assumption). */
export const FULL_CHANGE_MANAGEMENT_SHARE = 0.2;

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** 0 → 1, 1 → 5, linear between; values above 1 count as 1. */
export function scoreFromShare(share: number): number {
  return round1(1 + 4 * Math.min(1, Math.max(0, share)));
}

const yesNo = (holds: boolean): number => (holds ? 5 : 1);

// A share of catalogue items; an empty catalogue has nothing owned,
// measured, automated or reviewed, which is the lowest level.
function catalogueShare(
  key: string,
  label: string,
  count: number,
  items: number,
): EvidenceSignal {
  const value = items === 0 ? null : count / items;
  return {
    key,
    label,
    value,
    unit: 'SHARE',
    suggestedScore: value === null ? 1 : scoreFromShare(value),
  };
}

const governanceSignals = (facts: MaturityFacts): EvidenceSignal[] => [
  {
    key: 'sponsor',
    label: 'Executive sponsor named',
    value: facts.sponsorNamed ? 1 : 0,
    unit: 'YES_NO',
    suggestedScore: yesNo(facts.sponsorNamed),
  },
  {
    key: 'steering',
    label: 'Cross-functional steering group',
    value: facts.steeringGroupCrossFunctional ? 1 : 0,
    unit: 'YES_NO',
    suggestedScore: yesNo(facts.steeringGroupCrossFunctional),
  },
  {
    key: 'coe-coverage',
    label: 'CoE roles staffed',
    value: facts.coeCoverage,
    unit: 'SHARE',
    suggestedScore: scoreFromShare(facts.coeCoverage),
  },
];

const serviceOwnershipSignals = ({
  catalogue,
}: MaturityFacts): EvidenceSignal[] => [
  catalogueShare(
    'owners',
    'Catalogue items with an owner',
    catalogue.withOwner,
    catalogue.items,
  ),
  catalogueShare(
    'reviews-current',
    'Items reviewed in the last 90 days',
    catalogue.items - catalogue.reviewDue,
    catalogue.items,
  ),
];

const processSignals = ({ catalogue }: MaturityFacts): EvidenceSignal[] => [
  catalogueShare(
    'process-reviewed',
    'Items whose process was reviewed',
    catalogue.processReviewed,
    catalogue.items,
  ),
];

function peopleAndChangeSignals(facts: MaturityFacts): EvidenceSignal[] {
  const share = facts.changeManagementShare;
  return [
    {
      key: 'vocabulary',
      label: 'Departments using their own word',
      value: facts.vocabularySetShare,
      unit: 'SHARE',
      suggestedScore:
        facts.vocabularySetShare === null
          ? null
          : scoreFromShare(facts.vocabularySetShare),
    },
    {
      key: 'change-management',
      label: 'Change-management share of the business case',
      value: share,
      unit: 'SHARE',
      suggestedScore:
        share === null
          ? null
          : scoreFromShare(share / FULL_CHANGE_MANAGEMENT_SHARE),
    },
  ];
}

function measurementSignals(facts: MaturityFacts): EvidenceSignal[] {
  const baseline =
    facts.departments === 0
      ? null
      : facts.departmentsWithBaseline / facts.departments;
  return [
    {
      key: 'baseline',
      label: 'Departments with a baseline audit',
      value: baseline,
      unit: 'SHARE',
      suggestedScore: baseline === null ? null : scoreFromShare(baseline),
    },
    catalogueShare(
      'sla',
      'Catalogue items with an SLA target',
      facts.catalogue.withSla,
      facts.catalogue.items,
    ),
    {
      key: 'weeks',
      label: 'Weeks of metrics',
      value: facts.weeksOfMetrics,
      unit: 'COUNT',
      suggestedScore: scoreFromShare(facts.weeksOfMetrics / FULL_METRICS_WEEKS),
    },
  ];
}

function automationSignals(facts: MaturityFacts): EvidenceSignal[] {
  const attainment = facts.deflectionAttainment;
  return [
    catalogueShare(
      'resolve',
      'Catalogue items that resolve (not route)',
      facts.catalogue.resolving,
      facts.catalogue.items,
    ),
    {
      key: 'deflection',
      label: 'Deflection against the benchmark',
      value: attainment,
      unit: 'RATIO',
      suggestedScore: attainment === null ? null : scoreFromShare(attainment),
    },
  ];
}

/** Each dimension's signals, in the order they are shown. */
const SIGNALS_OF: Record<
  MaturityDimension,
  (facts: MaturityFacts) => EvidenceSignal[]
> = {
  GOVERNANCE: governanceSignals,
  SERVICE_OWNERSHIP: serviceOwnershipSignals,
  PROCESS: processSignals,
  PEOPLE_AND_CHANGE: peopleAndChangeSignals,
  MEASUREMENT: measurementSignals,
  AUTOMATION: automationSignals,
};

/**
 * The evidence beside each dimension (domain §5): figures from the data and
 * the score they suggest. A signal's suggestion maps its share linearly onto
 * 1–5 (see docs/maturity.md); the dimension's suggestion is their mean.
 */
export function maturityEvidence(facts: MaturityFacts): DimensionEvidence[] {
  return MATURITY_DIMENSIONS.map((dimension) => {
    const signals = SIGNALS_OF[dimension](facts);
    const known = signals
      .map((signal) => signal.suggestedScore)
      .filter((score): score is number => score !== null);
    const suggestedScore =
      known.length === 0
        ? null
        : round1(known.reduce((sum, score) => sum + score, 0) / known.length);
    return { dimension, signals, suggestedScore };
  });
}

export type AnswerDisagreement = {
  questionId: string;
  dimension: MaturityDimension;
  answer: number;
  suggestedScore: number;
};

/** Whether an answer is DISAGREEMENT_POINTS or more away from the data's suggestion. */
export function disagreesWithEvidence(
  answer: number,
  suggestedScore: number | null,
): boolean {
  return (
    suggestedScore !== null &&
    Math.abs(answer - suggestedScore) >= DISAGREEMENT_POINTS - 1e-9
  );
}

/** The answers that disagree with their dimension's evidence, in answer order. */
export function answerDisagreements({
  answers,
  evidence,
}: {
  answers: readonly MaturityAnswer[];
  evidence: readonly DimensionEvidence[];
}): AnswerDisagreement[] {
  const suggested = new Map(
    evidence.map((entry) => [entry.dimension, entry.suggestedScore]),
  );
  return answers.flatMap(({ questionId, score }) => {
    const dimension = questionById(questionId)?.dimension;
    const suggestedScore = dimension
      ? (suggested.get(dimension) ?? null)
      : null;
    return dimension &&
      suggestedScore !== null &&
      disagreesWithEvidence(score, suggestedScore)
      ? [{ questionId, dimension, answer: score, suggestedScore }]
      : [];
  });
}
