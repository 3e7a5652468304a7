/** Counts over the catalogue items in scope (one department, or all). */
export type CatalogueCounts = {
  items: number;
  withOwner: number;
  withSla: number;
  /** Fulfilment mode RESOLVE (automated end to end). */
  resolving: number;
  processReviewed: number;
  /** REVIEW_DUE items (see catalogItemFlags). */
  reviewDue: number;
};

/**
 * What the data says about one department or the whole organisation, as the
 * API loads it for the evidence beside each dimension. Shares are fractions;
 * null means there is nothing to measure.
 */
export type MaturityFacts = {
  catalogue: CatalogueCounts;
  /** Departments in scope, and how many of them have a baseline audit. */
  departments: number;
  departmentsWithBaseline: number;
  /** Distinct Monday–Sunday weeks that have request or weekly metrics. */
  weeksOfMetrics: number;
  /** Recent deflection ÷ the benchmark for the kind (mean over departments); null without metrics. */
  deflectionAttainment: number | null;
  /** CoE roles with at least one assignee ÷ 7. */
  coeCoverage: number;
  sponsorNamed: boolean;
  steeringGroupCrossFunctional: boolean;
  /** Departments in scope whose own word is set (not the kind's default) ÷ departments. */
  vocabularySetShare: number | null;
  /** From the latest saved business case; null when none is saved. */
  changeManagementShare: number | null;
};

/** An empty catalogue, for departments that have none yet. */
export const EMPTY_CATALOGUE: CatalogueCounts = {
  items: 0,
  withOwner: 0,
  withSla: 0,
  resolving: 0,
  processReviewed: 0,
  reviewDue: 0,
};
