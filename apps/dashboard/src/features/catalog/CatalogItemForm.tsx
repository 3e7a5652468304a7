import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  describeApiError,
  type FulfilmentMode,
  UpsertCatalogItemDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  CheckboxField,
  ErrorBanner,
  FormActions,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { parseHours, parseRequestTypes } from './catalog-labels';

export type CatalogItemFormProps = {
  departmentId: string;
  /** The department's word, e.g. "request": items are named in it. */
  vocabulary: string;
  /** Pre-filled request types, e.g. from a gap of the audit. */
  initialRequestTypes?: string;
  onSaved: () => void;
};

/** Adds a catalogue item: name, owner, SLA, fulfilment mode, mapped request types, review. */
export function CatalogItemForm({
  departmentId,
  vocabulary,
  initialRequestTypes = '',
  onSaved,
}: CatalogItemFormProps) {
  const [name, setName] = useState(initialRequestTypes);
  const [owner, setOwner] = useState('');
  const [sla, setSla] = useState('');
  const [mode, setMode] = useState('');
  const [types, setTypes] = useState(initialRequestTypes);
  const [reviewed, setReviewed] = useState('');
  const [processReviewed, setProcessReviewed] = useState(false);
  const [save, { loading, error }] = useMutation(UpsertCatalogItemDocument);

  const slaHours = parseHours(sla);
  // JSON has no NaN: a typo would reach the API as "no target", so it stops here.
  const slaError = Number.isNaN(slaHours)
    ? 'Enter a number of hours, e.g. 24.'
    : undefined;

  const onSubmit = async () => {
    if (slaError) return;
    const result = await save({
      variables: {
        input: {
          departmentId,
          name,
          owner: owner || null,
          slaTargetHours: slaHours,
          fulfilmentMode: (mode || null) as FulfilmentMode | null,
          requestTypes: parseRequestTypes(types),
          lastReviewedAt: reviewed || null,
          processReviewed,
        },
      },
    }).catch(() => null);
    if (result?.data) onSaved();
  };

  return (
    <Card
      as="section"
      title="Add an item"
      titleAs="h3"
      testId="catalog-add-form"
    >
      <form
        className="catalog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <TextField
          label="Name"
          name="name"
          value={name}
          onChange={setName}
          required
          hint={`As the department says it: ${vocabulary}s, not tickets.`}
        />
        <TextField
          label="Owner"
          name="owner"
          value={owner}
          onChange={setOwner}
          hint="A named person."
        />
        <TextField
          label="SLA target (hours)"
          name="sla"
          value={sla}
          onChange={setSla}
          error={slaError}
        />
        <SelectField
          label="Fulfilment"
          name="mode"
          value={mode}
          onChange={setMode}
          placeholder="Not decided"
          options={[
            { value: 'RESOLVE', label: 'Resolve (automated end to end)' },
            { value: 'ROUTE', label: 'Route (to a person)' },
          ]}
        />
        <TextField
          label="Audited request types"
          name="requestTypes"
          value={types}
          onChange={setTypes}
          hint="Comma-separated, as in the audit."
        />
        <TextField
          label="Last reviewed"
          name="lastReviewedAt"
          type="date"
          value={reviewed}
          onChange={setReviewed}
        />
        <CheckboxField
          label="Process reviewed before automation"
          name="processReviewed"
          checked={processReviewed}
          onChange={setProcessReviewed}
        />
        {error ? (
          <ErrorBanner
            title="The item was not saved"
            messages={[describeApiError(error)]}
          />
        ) : null}
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={loading}
            testId="catalog-add-submit"
          >
            Add item
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
