import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { AddRolloutTaskDocument, formProblemsFromError, type RolloutPlanFieldsFragment, type RolloutPhase } from '@esm-planner/dashboard-data-access-graphql';
import { Button, Card, ErrorBanner, FormActions, InlineNotice, SelectField, TextField } from '@esm-planner/dashboard-ui';
import { formatDateRange } from '../formatting/format';
import { phaseDaysLabel, phaseLabel, ROLLOUT_PHASES } from './rollout-labels';
import { RolloutTaskRow } from './RolloutTaskRow';

export type RolloutChecklistCardProps = {
  plan: RolloutPlanFieldsFragment;
  canEdit: boolean;
  onChanged: () => void;
};

const PHASE_OPTIONS = ROLLOUT_PHASES.map((phase) => ({ value: phase, label: phaseLabel(phase) }));

/** The plan's tasks phase by phase, to tick off, edit and add to. */
export function RolloutChecklistCard({ plan, canEdit, onChanged }: RolloutChecklistCardProps) {
  const [add, { loading }] = useMutation(AddRolloutTaskDocument);
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState<RolloutPhase>(plan.currentPhase);
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [problems, setProblems] = useState<{ title?: string; other: string[] }>({ other: [] });

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblems({ other: [] });
    try {
      await add({ variables: { input: { planId: plan.id, title, phase, owner: owner.trim() === '' ? null : owner, dueDate: dueDate === '' ? null : dueDate } } });
      setTitle('');
      setOwner('');
      setDueDate('');
      onChanged();
    } catch (failure) {
      const found = formProblemsFromError(failure, ['title']);
      setProblems({ title: found.fields.title, other: found.other });
    }
  }

  return (
    <Card as="section" title="Checklist" testId="rollout-checklist">
      {!canEdit ? <InlineNotice>Your role lets you see the tasks, not tick them.</InlineNotice> : null}
      {plan.phases.map((dates) => {
        const tasks = plan.tasks.filter((task) => task.phase === dates.name);
        return (
          <section key={dates.name} className="rollout-phase" data-testid={`rollout-phase-${dates.name}`}>
            <h3 className="rollout-phase__title">
              {phaseLabel(dates.name)} <span className="muted">· {phaseDaysLabel(dates.name)} · {formatDateRange(dates.startDate, dates.endDate)}</span>
            </h3>
            {tasks.length === 0 ? <p className="muted">No tasks in this phase.</p> : null}
            <ul className="rollout-tasks">
              {tasks.map((task) => (
                <RolloutTaskRow key={task.id} task={task} canEdit={canEdit} onChanged={onChanged} />
              ))}
            </ul>
          </section>
        );
      })}
      {canEdit ? (
        <form className="rollout-form rollout-form--inline" noValidate onSubmit={(event) => void submit(event)} data-testid="add-rollout-task">
          <h3 className="rollout-phase__title">Add a task</h3>
          {problems.other.length > 0 ? <ErrorBanner title="The task was not added" messages={problems.other} /> : null}
          <TextField label="Title" name="newTaskTitle" value={title} required maxLength={300} error={problems.title} onChange={setTitle} />
          <SelectField label="Phase" name="newTaskPhase" value={phase} options={PHASE_OPTIONS} onChange={(value) => setPhase(value as RolloutPhase)} />
          <TextField label="Owner" name="newTaskOwner" value={owner} maxLength={200} onChange={setOwner} />
          <TextField label="Due date" name="newTaskDue" type="date" value={dueDate} hint="Empty: the end of the phase." onChange={setDueDate} />
          <FormActions>
            <Button type="submit" loading={loading}>
              Add task
            </Button>
          </FormActions>
        </form>
      ) : null}
    </Card>
  );
}
