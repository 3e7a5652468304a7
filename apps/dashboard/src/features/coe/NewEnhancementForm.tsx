import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  describeApiError,
  UpsertEnhancementRequestDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
  FormActions,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';

export type NewEnhancementFormProps = {
  departments: readonly { id: string; name: string }[];
  onSaved: () => void;
};

const SCORES = Array.from({ length: 10 }, (_, i) => ({
  value: String(i + 1),
  label: String(i + 1),
}));

type Draft = {
  departmentId: string;
  title: string;
  description: string;
  value: string;
  effort: string;
};

/** Files an enhancement request for a department, with its value and effort (1–10). */
export function NewEnhancementForm({
  departments,
  onSaved,
}: NewEnhancementFormProps) {
  const [draft, setDraft] = useState<Draft>(() => ({
    departmentId: departments[0]?.id ?? '',
    title: '',
    description: '',
    value: '5',
    effort: '5',
  }));
  const [save, { loading, error }] = useMutation(
    UpsertEnhancementRequestDocument,
  );

  const onSubmit = async () => {
    const input = {
      departmentId: draft.departmentId,
      title: draft.title,
      description: draft.description || null,
      value: Number(draft.value),
      effort: Number(draft.effort),
    };
    const result = await save({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setDraft((current) => ({ ...current, title: '', description: '' }));
      onSaved();
    }
  };

  return (
    <Card
      as="section"
      title="New request"
      titleAs="h3"
      testId="enhancement-form"
    >
      <form
        className="catalog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <EnhancementFields
          draft={draft}
          departments={departments}
          onChange={(patch) =>
            setDraft((current) => ({ ...current, ...patch }))
          }
        />
        {error ? (
          <ErrorBanner
            title="The request was not filed"
            messages={[describeApiError(error)]}
          />
        ) : null}
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={loading}
            testId="enhancement-submit"
          >
            File request
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}

/** Department, title, description, value and effort of the new request. */
function EnhancementFields({
  draft,
  departments,
  onChange,
}: {
  draft: Draft;
  departments: NewEnhancementFormProps['departments'];
  onChange: (patch: Partial<Draft>) => void;
}) {
  return (
    <>
      <SelectField
        label="Department"
        name="departmentId"
        value={draft.departmentId}
        onChange={(departmentId) => onChange({ departmentId })}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
      />
      <TextField
        label="Title"
        name="title"
        value={draft.title}
        onChange={(title) => onChange({ title })}
        required
      />
      <TextField
        label="Description"
        name="description"
        value={draft.description}
        onChange={(description) => onChange({ description })}
      />
      <SelectField
        label="Value (1–10)"
        name="value"
        value={draft.value}
        onChange={(value) => onChange({ value })}
        options={SCORES}
      />
      <SelectField
        label="Effort (1–10)"
        name="effort"
        value={draft.effort}
        onChange={(effort) => onChange({ effort })}
        options={SCORES}
      />
    </>
  );
}
