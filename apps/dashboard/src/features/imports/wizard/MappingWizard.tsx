import type { ColumnMappingFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import type { ImportKind } from '@esm-planner/domain-imports';
import {
  Button,
  Card,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import { UnsavedChangesGuard } from '../../forms/UnsavedChangesGuard';
import { useMappingWizard } from './useMappingWizard';
import { useWizardNavigation } from './useWizardNavigation';
import { STEP_LABELS, wizardSteps } from './wizard-steps';
import { WizardStepBody } from './WizardStepBody';
import { WizardStepper } from './WizardStepper';
import './wizard.css';

export type MappingWizardProps = {
  organizationId: string;
  organizationTimeZone: string;
  departments: readonly string[];
  kind: ImportKind;
  file: File;
  mappings: readonly ColumnMappingFieldsFragment[];
  skipInvalid: boolean;
  busy: boolean;
  onSkipInvalid: (skip: boolean) => void;
  onBackToFile: () => void;
  onRun: (run: { mappingId: string; dryRun: boolean }) => void;
};

/** Builds a column mapping from the file, step by step, then saves it and runs it (dry or for real). */
export function MappingWizard(props: MappingWizardProps) {
  const { organizationId, kind, file, mappings } = props;
  const wizard = useMappingWizard({ organizationId, kind, file, mappings });
  const steps = wizardSteps(kind);
  const { step, index, heading, card, go, onNext, problems } =
    useWizardNavigation(steps, wizard, props.onBackToFile);
  const preview = wizard.preview;
  return (
    <Card
      as="section"
      title="New import: build a column mapping"
      testId="mapping-wizard"
    >
      <UnsavedChangesGuard when={wizard.dirty} what="the column mapping" />
      <div ref={card}>
        <WizardStepper steps={steps} current={step} onGo={go} />
        <h3 ref={heading} tabIndex={-1} className="wizard-heading">
          Step {index + 2} of {steps.length + 1}: {STEP_LABELS[step]}
        </h3>
        {wizard.failure ? (
          <ErrorBanner
            title="The file could not be read"
            messages={[wizard.failure]}
          />
        ) : null}
        {wizard.loading ? <LoadingState label={wizard.loading} /> : null}
        {preview ? (
          <WizardStepBody
            step={step}
            wizard={wizard}
            preview={preview}
            problems={problems}
            setup={props}
          />
        ) : null}
        <div className="wizard-nav">
          <Button onClick={() => go(index === 0 ? 'file' : steps[index - 1])}>
            Back
          </Button>
          {index < steps.length - 1 ? (
            <Button
              variant="primary"
              onClick={onNext}
              disabled={!preview}
              testId="wizard-next"
            >
              Next: {STEP_LABELS[steps[index + 1]]}
            </Button>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
