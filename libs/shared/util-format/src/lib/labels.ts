// The one dictionary of the product's words for its codes: the dashboard,
// the PDFs and the workbook all read their labels here, so "FINANCE" is
// "Finance" and "FASTER" is "faster" everywhere. The keys are the API's enum
// values (the domain's lists); a Record over each union makes a new value a
// type error here until it has its words.

export type DepartmentKindCode =
  | 'IT'
  | 'HR'
  | 'FINANCE'
  | 'LEGAL'
  | 'FACILITIES'
  | 'PROCUREMENT'
  | 'SECURITY'
  | 'OTHER';
export type DepartmentStatusCode =
  'PLANNED' | 'AUDITING' | 'BUILDING' | 'PILOTING' | 'LIVE';
export type RolloutPhaseCode =
  | 'AUDIT_AND_DESIGN'
  | 'BUILD_AND_CONFIGURE'
  | 'PILOT_AND_MEASURE'
  | 'FULL_ROLLOUT_AND_EXPAND';
export type PlanStatusCode =
  'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'LATE' | 'DONE';
export type RoleCode =
  'ADMIN' | 'COE' | 'DEPARTMENT_HEAD' | 'EXECUTIVE' | 'VIEWER';
export type MaturityDimensionCode =
  | 'GOVERNANCE'
  | 'SERVICE_OWNERSHIP'
  | 'PROCESS'
  | 'PEOPLE_AND_CHANGE'
  | 'MEASUREMENT'
  | 'AUTOMATION';
export type CoeRoleCode =
  | 'TEAM'
  | 'COMMUNICATIONS'
  | 'TRAINING'
  | 'PRODUCT_OWNER'
  | 'DEVELOPMENT'
  | 'MAINTENANCE'
  | 'REPORTING';
export type EnhancementStatusCode = 'NEW' | 'ACCEPTED' | 'DECLINED' | 'DONE';
export type RealisationStatusCode =
  'AHEAD' | 'ON_TRACK' | 'BEHIND' | 'NOT_LIVE';
export type BenchmarkPositionCode = 'FASTER' | 'WITHIN' | 'SLOWER' | 'NEVER';
export type AssumptionSourceCode =
  | 'AUDIT'
  | 'ROADMAP'
  | 'PLAN'
  | 'BENCHMARK'
  | 'MEASURED'
  | 'ASSUMPTION'
  | 'DEFAULT'
  | 'ENTERED'
  | 'FORMULA';
export type SensitivityDriverCode =
  | 'VOLUME'
  | 'HANDLING_MINUTES'
  | 'TARGET_DEFLECTION'
  | 'HOURLY_COST'
  | 'PLATFORM_COST'
  | 'ONE_TIME_COSTS';

export const DEPARTMENT_KIND_LABELS: Readonly<
  Record<DepartmentKindCode, string>
> = {
  IT: 'IT',
  HR: 'HR',
  FINANCE: 'Finance',
  LEGAL: 'Legal',
  FACILITIES: 'Facilities',
  PROCUREMENT: 'Procurement',
  SECURITY: 'Security',
  OTHER: 'Other',
};

export const DEPARTMENT_STATUS_LABELS: Readonly<
  Record<DepartmentStatusCode, string>
> = {
  PLANNED: 'Planned',
  AUDITING: 'Auditing',
  BUILDING: 'Building',
  PILOTING: 'Piloting',
  LIVE: 'Live',
};

export const ROLLOUT_PHASE_LABELS: Readonly<Record<RolloutPhaseCode, string>> =
  {
    AUDIT_AND_DESIGN: 'Audit and design',
    BUILD_AND_CONFIGURE: 'Build and configure',
    PILOT_AND_MEASURE: 'Pilot and measure',
    FULL_ROLLOUT_AND_EXPAND: 'Full rollout and expand',
  };

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatusCode, string>> = {
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  LATE: 'Late',
  DONE: 'Done',
};

export const ROLE_LABELS: Readonly<Record<RoleCode, string>> = {
  ADMIN: 'Admin',
  COE: 'CoE',
  DEPARTMENT_HEAD: 'Department head',
  EXECUTIVE: 'Executive',
  VIEWER: 'Viewer',
};

export const MATURITY_DIMENSION_LABELS: Readonly<
  Record<MaturityDimensionCode, string>
> = {
  GOVERNANCE: 'Governance',
  SERVICE_OWNERSHIP: 'Service ownership',
  PROCESS: 'Process',
  PEOPLE_AND_CHANGE: 'People and change',
  MEASUREMENT: 'Measurement',
  AUTOMATION: 'Automation',
};

export const COE_ROLE_LABELS: Readonly<Record<CoeRoleCode, string>> = {
  TEAM: 'Team',
  COMMUNICATIONS: 'Communications',
  TRAINING: 'Training',
  PRODUCT_OWNER: 'Product owner',
  DEVELOPMENT: 'Development',
  MAINTENANCE: 'Maintenance',
  REPORTING: 'Reporting',
};

export const ENHANCEMENT_STATUS_LABELS: Readonly<
  Record<EnhancementStatusCode, string>
> = {
  NEW: 'New',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  DONE: 'Done',
};

/** A department's realised benefit against its plan (domain §9). */
export const REALISATION_STATUS_LABELS: Readonly<
  Record<RealisationStatusCode, string>
> = {
  AHEAD: 'Ahead of plan',
  ON_TRACK: 'On track',
  BEHIND: 'Behind plan',
  NOT_LIVE: 'Not live yet',
};

/** Payback against the 14–22 months cloud ESM typically reports, as the word in a sentence. */
export const BENCHMARK_POSITION_LABELS: Readonly<
  Record<BenchmarkPositionCode, string>
> = {
  FASTER: 'faster',
  WITHIN: 'within',
  SLOWER: 'slower',
  NEVER: 'never pays back',
};

/** Where a figure of a business case came from. */
export const ASSUMPTION_SOURCE_LABELS: Readonly<
  Record<AssumptionSourceCode, string>
> = {
  AUDIT: 'Audit',
  ROADMAP: 'Roadmap',
  PLAN: 'Plan',
  BENCHMARK: 'Benchmark',
  MEASURED: 'Measured',
  ASSUMPTION: 'Assumption',
  DEFAULT: 'Default',
  ENTERED: 'Entered',
  FORMULA: 'Formula',
};

export const SENSITIVITY_DRIVER_LABELS: Readonly<
  Record<SensitivityDriverCode, string>
> = {
  VOLUME: 'Volume',
  HANDLING_MINUTES: 'Handling minutes',
  TARGET_DEFLECTION: 'Target deflection',
  HOURLY_COST: 'Hourly cost',
  PLATFORM_COST: 'Platform cost',
  ONE_TIME_COSTS: 'One-time costs',
};

/**
 * A business case's fields by their API names, as the case page labels them
 * (without the "(%)" of an input typed in percent: a download shows "30.0%").
 */
export const CASE_FIELD_LABELS: Readonly<Record<string, string>> = {
  loadedHourlyCost: 'Loaded hourly cost',
  oneTimeCosts: 'One-time costs (month 0)',
  changeManagementCost: 'Change management (month 0)',
  monthlyPlatformCost: 'Platform cost per month',
  monthlyCoeCost: 'CoE cost per month',
  residualCostPerDeflected: 'Residual cost per deflected request',
  annualVolumeGrowth: 'Annual volume growth',
  annualDiscountRate: 'Annual discount rate',
  horizonMonths: 'Horizon (months)',
  monteCarloRuns: 'Monte Carlo runs',
  seed: 'Monte Carlo seed',
  monthlyVolume: 'Requests a month',
  handlingMinutes: 'Handling minutes',
  targetDeflection: 'Target deflection',
  goLiveMonth: 'Go-live month',
  rampMonths: 'Ramp (months)',
};

/**
 * The label of a code from one of the dictionaries above, for values typed
 * only as strings (a PDF's row from the domain): an unknown code reads as a
 * sentence-case word rather than SHOUTING_CASE.
 */
export function labelOf<Code extends string>(
  labels: Readonly<Record<Code, string>>,
  code: string,
): string {
  if (Object.prototype.hasOwnProperty.call(labels, code))
    return labels[code as Code];
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
