import { useEffect, useRef, useState } from 'react';
import type { MappingWizard } from './useMappingWizard';
import {
  hasProblems,
  stepProblems,
  type StepProblems,
  type WizardStep,
} from './wizard-steps';

const NO_PROBLEMS: StepProblems = { fields: {}, other: [] };

/**
 * Moving through the wizard's steps: the current step, the problems shown
 * on it (its own checks on Next, and the API's on a refused save), and where
 * the focus goes — the step's heading, or the first control with a problem.
 */
export function useWizardNavigation(
  steps: readonly WizardStep[],
  wizard: MappingWizard,
  onBackToFile: () => void,
) {
  const [step, setStep] = useState<WizardStep>('preview');
  const [shown, setShown] = useState<StepProblems>(NO_PROBLEMS);
  const heading = useRef<HTMLHeadingElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const index = steps.indexOf(step);
  const first = wizard.problems.first;

  // A save the API refused opens the first step with a problem.
  useEffect(() => {
    if (first) setStep(first);
  }, [first, wizard.problems]);
  const go = (next: WizardStep | 'file') => {
    if (next === 'file') {
      if (
        !wizard.dirty ||
        window.confirm(
          'Go back to the file? The column mapping’s changes are not saved and will be lost.',
        )
      )
        onBackToFile();
      return;
    }
    setShown(NO_PROBLEMS);
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const onNext = () => {
    const problems = stepProblems(step, wizard.mapping);
    setShown(problems);
    if (!hasProblems(problems)) return go(steps[index + 1]);
    // To the first control with a problem, so that the keyboard is where the fix is.
    requestAnimationFrame(() =>
      card.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"], .wizard-problem')
        ?.focus(),
    );
  };
  const problems: StepProblems = {
    fields: { ...wizard.problems.steps[step]?.fields, ...shown.fields },
    other: [...(wizard.problems.steps[step]?.other ?? []), ...shown.other],
  };
  return { step, index, heading, card, go, onNext, problems };
}
