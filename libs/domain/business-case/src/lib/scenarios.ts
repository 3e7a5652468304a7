import { CaseModel } from './business-case-input';
import { caseOutcome } from './case-outcome';

export const SCENARIO_NAMES = [
  'CONSERVATIVE',
  'EXPECTED',
  'OPTIMISTIC',
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Conservative: deflection × 0.6 and twice the ramp. */
export const CONSERVATIVE = { deflectionFactor: 0.6, rampFactor: 2 } as const;
/** Optimistic: deflection × 1.15, capped at 0.95. */
export const OPTIMISTIC = {
  deflectionFactor: 1.15,
  deflectionCap: 0.95,
} as const;

export type ScenarioResult = {
  name: ScenarioName;
  paybackMonths: number | null;
  npv: number;
  roi: number | null;
};

/** The case as one scenario of domain §8 sees it. */
export function scenarioModel({
  model,
  name,
}: {
  model: CaseModel;
  name: ScenarioName;
}): CaseModel {
  if (name === 'EXPECTED') return model;
  const departments = model.departments.map((d) => {
    if (name === 'CONSERVATIVE') {
      return {
        ...d,
        targetDeflection: d.targetDeflection * CONSERVATIVE.deflectionFactor,
        rampMonths: d.rampMonths * CONSERVATIVE.rampFactor,
      };
    }
    // The cap limits the uplift; it never lowers a target already above it,
    // or "optimistic" would be worse than "expected".
    const uplifted = Math.min(
      OPTIMISTIC.deflectionCap,
      d.targetDeflection * OPTIMISTIC.deflectionFactor,
    );
    return { ...d, targetDeflection: Math.max(d.targetDeflection, uplifted) };
  });
  return { ...model, departments };
}

/** Payback, NPV and ROI of the three scenarios, conservative first. */
export function scenarios({ model }: { model: CaseModel }): ScenarioResult[] {
  return SCENARIO_NAMES.map((name) => {
    const outcome = caseOutcome({ model: scenarioModel({ model, name }) });
    return {
      name,
      paybackMonths: outcome.paybackMonths,
      npv: outcome.npv,
      roi: outcome.roi,
    };
  });
}
