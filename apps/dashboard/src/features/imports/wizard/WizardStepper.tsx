import { STEP_LABELS, type WizardStep } from './wizard-steps';

export type WizardStepperProps = {
  steps: readonly WizardStep[];
  current: WizardStep;
  /** Going back to an earlier step (or to the file) is always possible; going ahead is Next's job. */
  onGo: (step: WizardStep | 'file') => void;
};

/** Where the person is: "File, Preview, Columns…", the current step marked, earlier ones reachable. */
export function WizardStepper({ steps, current, onGo }: WizardStepperProps) {
  const currentIndex = steps.indexOf(current);
  const items: { key: WizardStep | 'file'; label: string; done: boolean }[] = [
    { key: 'file', label: 'File', done: true },
    ...steps.map((step, index) => ({
      key: step,
      label: STEP_LABELS[step],
      done: index < currentIndex,
    })),
  ];
  return (
    <nav aria-label="Steps of the import" className="wizard-stepper">
      <ol>
        {items.map((item, index) => (
          <li
            key={item.key}
            className={
              item.key === current
                ? 'wizard-stepper__current'
                : item.done
                  ? 'wizard-stepper__done'
                  : undefined
            }
          >
            {item.done ? (
              <button
                type="button"
                className="wizard-stepper__link"
                onClick={() => onGo(item.key)}
              >
                <span className="wizard-stepper__number">{index + 1}</span>{' '}
                {item.label}
              </button>
            ) : (
              <span aria-current={item.key === current ? 'step' : undefined}>
                <span className="wizard-stepper__number">{index + 1}</span>{' '}
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
