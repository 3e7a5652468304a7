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

/** Files an enhancement request for a department, with its value and effort (1–10). */
export function NewEnhancementForm({
  departments,
  onSaved,
}: NewEnhancementFormProps) {
  const [departmentId, setDepartmentId] = useState(departments[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [value, setValue] = useState('5');
  const [effort, setEffort] = useState('5');
  const [save, { loading, error }] = useMutation(
    UpsertEnhancementRequestDocument,
  );

  const onSubmit = async () => {
    const input = {
      departmentId,
      title,
      description: description || null,
      value: Number(value),
      effort: Number(effort),
    };
    const result = await save({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setTitle('');
      setDescription('');
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
        <SelectField
          label="Department"
          name="departmentId"
          value={departmentId}
          onChange={setDepartmentId}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <TextField
          label="Title"
          name="title"
          value={title}
          onChange={setTitle}
          required
        />
        <TextField
          label="Description"
          name="description"
          value={description}
          onChange={setDescription}
        />
        <SelectField
          label="Value (1–10)"
          name="value"
          value={value}
          onChange={setValue}
          options={SCORES}
        />
        <SelectField
          label="Effort (1–10)"
          name="effort"
          value={effort}
          onChange={setEffort}
          options={SCORES}
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
