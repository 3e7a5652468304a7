import { MAX_SCORE, MIN_SCORE } from './dimension';

/** The five stages (ITIL 4 / CMMI-style levels); docs/maturity.md gives the sources. */
export const MATURITY_STAGES = [
  {
    stage: 1,
    name: 'INITIAL',
    description:
      'Ad hoc: requests arrive by e-mail, chat and walk-up and are handled on goodwill; nothing is measured.',
  },
  {
    stage: 2,
    name: 'REPEATABLE',
    description:
      'Some departments have structured intake and SLAs; the practices depend on the people who set them up.',
  },
  {
    stage: 3,
    name: 'DEFINED',
    description:
      'A catalogue with named owners and a Centre of Excellence; every department runs on the same model.',
  },
  {
    stage: 4,
    name: 'MANAGED',
    description:
      'Measured: a baseline for each department, deflection tracked, value reported to leadership.',
  },
  {
    stage: 5,
    name: 'OPTIMISING',
    description:
      'Self-improving: automation resolves most requests and measured results fund the roadmap.',
  },
] as const;

export type MaturityStage = (typeof MATURITY_STAGES)[number];
export type MaturityStageName = MaturityStage['name'];

// Scores carry one decimal; a tiny tolerance keeps 2.9999999 from flooring to 2.
const EPSILON = 1e-9;

/**
 * Stage = floor(overall), but never more than floor(lowest dimension) + 1
 * (domain §5): one weak dimension holds the whole programme back.
 * Both scores are on the 1–5 scale (one decimal).
 */
export function maturityStage({
  overallScore,
  lowestDimensionScore,
}: {
  overallScore: number;
  lowestDimensionScore: number;
}): MaturityStage {
  const floored = Math.floor(overallScore + EPSILON);
  const cap = Math.floor(lowestDimensionScore + EPSILON) + 1;
  const stage = Math.max(MIN_SCORE, Math.min(MAX_SCORE, floored, cap));
  return MATURITY_STAGES[stage - 1];
}
