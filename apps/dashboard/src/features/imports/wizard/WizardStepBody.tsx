import type { MappingWizardProps } from './MappingWizard';
import { CheckStep } from './CheckStep';
import { ColumnsStep } from './ColumnsStep';
import { DatesStep } from './DatesStep';
import { EventLogStep } from './EventLogStep';
import { PreviewStep } from './PreviewStep';
import { ValuesStep } from './ValuesStep';
import { guessEventColumns } from './column-suggestions';
import type { MappingWizard } from './useMappingWizard';
import { withEventLog } from './wizard-mapping';
import type { StepProblems, WizardStep } from './wizard-steps';

export type WizardStepBodyProps = {
  step: WizardStep;
  wizard: MappingWizard;
  preview: NonNullable<MappingWizard['preview']>;
  problems: StepProblems;
  setup: MappingWizardProps;
};

/** The current step's controls, once the file's preview is read. */
export function WizardStepBody({
  step,
  wizard,
  preview,
  problems,
  setup,
}: WizardStepBodyProps) {
  const { kind } = setup;
  const change = wizard.update;
  return (
    <>
      {step === 'preview' ? (
        <WizardPreviewStep wizard={wizard} preview={preview} setup={setup} />
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
          departments={setup.departments}
          ensureDistinct={wizard.ensureDistinct}
          onChange={change}
        />
      ) : null}
      {step === 'dates' ? (
        <DatesStep
          kind={kind}
          mapping={wizard.mapping}
          organizationTimeZone={setup.organizationTimeZone}
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
        <WizardCheckStep wizard={wizard} problems={problems} setup={setup} />
      ) : null}
    </>
  );
}

type StepOf = Pick<WizardStepBodyProps, 'wizard' | 'setup'>;

/** The file's first rows, the mapping to start from, and the event log choice. */
function WizardPreviewStep({
  wizard,
  preview,
  setup,
}: StepOf & Pick<WizardStepBodyProps, 'preview'>) {
  return (
    <PreviewStep
      preview={preview.data}
      partial={preview.partial}
      mappings={setup.mappings}
      known={wizard.known}
      kind={setup.kind}
      startedFrom={wizard.startedFrom}
      onStartFrom={wizard.startFrom}
      eventLog={wizard.mapping.eventLog.enabled}
      onEventLog={(enabled) =>
        wizard.update((current) =>
          withEventLog(
            current,
            enabled,
            guessEventColumns(preview.data.headers),
          ),
        )
      }
    />
  );
}

/** The mapping's name, the rows checked with it, then save and run. */
function WizardCheckStep({
  wizard,
  problems,
  setup,
}: StepOf & Pick<WizardStepBodyProps, 'problems'>) {
  return (
    <CheckStep
      organizationId={setup.organizationId}
      kind={setup.kind}
      file={setup.file}
      token={wizard.token}
      mapping={wizard.mapping}
      problems={problems}
      saved={wizard.saved}
      saving={wizard.saving}
      skipInvalid={setup.skipInvalid}
      busy={setup.busy}
      onName={(name) => wizard.update((current) => ({ ...current, name }))}
      onSkipInvalid={setup.onSkipInvalid}
      onSave={wizard.saveMapping}
      onRun={setup.onRun}
    />
  );
}
