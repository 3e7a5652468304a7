import { useEffect, useRef, useState } from 'react';
import type { ColumnMappingFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import type { ImportKind } from '@esm-planner/domain-imports';
import {
  Button,
  Card,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import { CheckStep } from './CheckStep';
import { ColumnsStep } from './ColumnsStep';
import { DatesStep } from './DatesStep';
import { EventLogStep } from './EventLogStep';
import { PreviewStep } from './PreviewStep';
import { UnsavedChangesGuard } from '../../forms/UnsavedChangesGuard';
import { useMappingWizard } from './useMappingWizard';
import { ValuesStep } from './ValuesStep';
import { guessEventColumns } from './column-suggestions';
import { withEventLog } from './wizard-mapping';
import {
  hasProblems,
  STEP_LABELS,
  stepProblems,
  wizardSteps,
  type StepProblems,
  type WizardStep,
} from './wizard-steps';
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

const NO_PROBLEMS: StepProblems = { fields: {}, other: [] };

/** Builds a column mapping from the file, step by step, then saves it and runs it (dry or for real). */
export function MappingWizard(props: MappingWizardProps) {
  const { organizationId, kind, file, mappings } = props;
  const wizard = useMappingWizard({ organizationId, kind, file, mappings });
  const steps = wizardSteps(kind);
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
        props.onBackToFile();
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
  const preview = wizard.preview;
  const change = wizard.update;
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
          <>
            {step === 'preview' ? (
              <PreviewStep
                preview={preview.data}
                partial={preview.partial}
                mappings={mappings}
                known={wizard.known}
                kind={kind}
                startedFrom={wizard.startedFrom}
                onStartFrom={wizard.startFrom}
                eventLog={wizard.mapping.eventLog.enabled}
                onEventLog={(enabled) =>
                  change((current) =>
                    withEventLog(
                      current,
                      enabled,
                      guessEventColumns(preview.data.headers),
                    ),
                  )
                }
              />
            ) : null}
            {step === 'columns' ? (
              <ColumnsStep
                kind={kind}
                preview={preview.data}
                known={wizard.known}
                mapping={wizard.mapping}
                problems={problems}
                onChange={change}
              />
            ) : null}
            {step === 'values' ? (
              <ValuesStep
                kind={kind}
                mapping={wizard.mapping}
                distinct={wizard.distinct}
                departments={props.departments}
                ensureDistinct={wizard.ensureDistinct}
                onChange={change}
              />
            ) : null}
            {step === 'dates' ? (
              <DatesStep
                kind={kind}
                mapping={wizard.mapping}
                organizationTimeZone={props.organizationTimeZone}
                distinct={wizard.distinct}
                problems={problems}
                ensureDistinct={wizard.ensureDistinct}
                onChange={change}
              />
            ) : null}
            {step === 'events' ? (
              <EventLogStep
                headers={preview.data.headers}
                mapping={wizard.mapping}
                distinct={wizard.distinct}
                problems={problems}
                ensureDistinct={wizard.ensureDistinct}
                onChange={change}
              />
            ) : null}
            {step === 'check' ? (
              <CheckStep
                organizationId={organizationId}
                kind={kind}
                file={file}
                token={wizard.token}
                mapping={wizard.mapping}
                problems={problems}
                saved={wizard.saved}
                saving={wizard.saving}
                skipInvalid={props.skipInvalid}
                busy={props.busy}
                onName={(name) => change((current) => ({ ...current, name }))}
                onSkipInvalid={props.onSkipInvalid}
                onSave={wizard.saveMapping}
                onRun={props.onRun}
              />
            ) : null}
          </>
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
