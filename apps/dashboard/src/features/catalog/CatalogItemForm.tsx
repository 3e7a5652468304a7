import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  type FulfilmentMode,
  UpsertCatalogItemDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { catalogItemProblems } from '@esm-planner/domain-maturity';
import {
  Button,
  Card,
  CheckboxField,
  FormActions,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { CheckedForm } from '../forms/CheckedForm';
import { isChanged, todayPlainDate } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { useFormProblems } from '../forms/useFormProblems';
import { parseHours, parseRequestTypes } from './catalog-labels';

export type CatalogItemFormProps = {
  departmentId: string;
  /** The department's word, e.g. "request": items are named in it. */
  vocabulary: string;
  /** Pre-filled request types, e.g. from a gap of the audit. */
  initialRequestTypes?: string;
  onSaved: () => void;
};

// Input names are the API's field names, so its problems land beside them.
const LABELS = {
  name: 'Name',
  owner: 'Owner',
  slaTargetHours: 'SLA target (hours)',
  fulfilmentMode: 'Fulfilment',
  requestTypes: 'Audited request types',
  lastReviewedAt: 'Last reviewed',
} as const;

type Values = {
  name: string;
  owner: string;
  sla: string;
  mode: string;
  types: string;
  reviewed: string;
  processReviewed: boolean;
};

function emptyValues(requestTypes: string): Values {
  return {
    name: requestTypes,
    owner: '',
    sla: '',
    mode: '',
    types: requestTypes,
    reviewed: '',
    processReviewed: false,
  };
}

function draftOf(values: Values) {
  return {
    name: values.name,
    owner: values.owner || null,
    slaTargetHours: parseHours(values.sla),
    fulfilmentMode: (values.mode || null) as FulfilmentMode | null,
    requestTypes: parseRequestTypes(values.types),
    lastReviewedAt: values.reviewed || null,
    processReviewed: values.processReviewed,
  };
}

/** The domain's checks (the API runs the same), plus a typo in the hours, which JSON cannot carry. */
function problemsOf(values: Values) {
  const draft = draftOf(values);
  const problems = catalogItemProblems(draft, { asOf: todayPlainDate() })
    // One message for the whole comma-separated list.
    .map((problem) =>
      problem.field.startsWith('requestTypes')
        ? { ...problem, field: 'requestTypes' }
        : problem,
    );
  if (Number.isNaN(draft.slaTargetHours))
    problems.push({
      field: 'slaTargetHours',
      message: 'Enter a number of hours, e.g. 24',
    });
  return problems;
}

/** Adds a catalogue item: name, owner, SLA, fulfilment mode, mapped request types, review. */
export function CatalogItemForm({
  departmentId,
  vocabulary,
  initialRequestTypes = '',
  onSaved,
}: CatalogItemFormProps) {
  const [initial] = useState(() => emptyValues(initialRequestTypes));
  const [values, setValues] = useState(initial);
  const [savedName, setSavedName] = useState<string | null>(null);
  const checks = useFormProblems(LABELS, problemsOf(values));
  const errors = checks.problems.fields;
  const [save, { loading }] = useMutation(UpsertCatalogItemDocument);

  const set =
    <K extends keyof Values>(key: K, field: keyof typeof LABELS | null) =>
    (value: Values[K]) => {
      if (field) checks.onEdit(field);
      setSavedName(null);
      setValues((current) => ({ ...current, [key]: value }));
    };
  const leave = (field: keyof typeof LABELS) => () => checks.onBlur(field);

  const onSubmit = async () => {
    if (!checks.beginSubmit()) return;
    try {
      await save({
        variables: { input: { departmentId, ...draftOf(values) } },
      });
      setSavedName(values.name.trim());
      setValues(initial);
      checks.clear();
      onSaved();
    } catch (failure) {
      checks.failSubmit(failure);
    }
  };

  return (
    <Card
      as="section"
      title="Add an item"
      titleAs="h3"
      testId="catalog-add-form"
    >
      <UnsavedChangesGuard
        when={isChanged(initial, values)}
        what="the new catalogue item"
      />
      <CheckedForm
        className="catalog-form"
        checks={checks}
        labels={LABELS}
        failureTitle="The item was not saved"
        onSubmit={(event) => {
          event.preventDefault();
          return onSubmit();
        }}
        summaryAfterSubmit
      >
        <CatalogItemFields
          values={values}
          errors={errors}
          vocabulary={vocabulary}
          set={set}
          leave={leave}
        />
        <AddItemActions saving={loading} savedName={savedName} />
      </CheckedForm>
    </Card>
  );
}

/** The submit button, and which item was added last. */
function AddItemActions({
  saving,
  savedName,
}: {
  saving: boolean;
  savedName: string | null;
}) {
  return (
    <FormActions>
      <Button
        type="submit"
        variant="primary"
        loading={saving}
        testId="catalog-add-submit"
      >
        Add item
      </Button>
      <SaveConfirmation message={savedName ? `Added “${savedName}”.` : null} />
    </FormActions>
  );
}

type CatalogItemFieldsProps = {
  values: Values;
  errors: ReturnType<typeof useFormProblems>['problems']['fields'];
  vocabulary: string;
  set: <K extends keyof Values>(
    key: K,
    field: keyof typeof LABELS | null,
  ) => (value: Values[K]) => void;
  leave: (field: keyof typeof LABELS) => () => void;
};

/** The item's fields, each named as the API's so its problems land beside it. */
function CatalogItemFields({
  values,
  errors,
  vocabulary,
  set,
  leave,
}: CatalogItemFieldsProps) {
  return (
    <>
      <TextField
        label={LABELS.name}
        name="name"
        value={values.name}
        onChange={set('name', 'name')}
        onBlur={leave('name')}
        error={errors.name}
        required
        hint={`As the department says it: ${vocabulary}s, not tickets.`}
      />
      <TextField
        label={LABELS.owner}
        name="owner"
        value={values.owner}
        onChange={set('owner', 'owner')}
        onBlur={leave('owner')}
        error={errors.owner}
        hint="A named person."
      />
      <TextField
        label={LABELS.slaTargetHours}
        name="slaTargetHours"
        value={values.sla}
        onChange={set('sla', 'slaTargetHours')}
        onBlur={leave('slaTargetHours')}
        inputMode="decimal"
        error={errors.slaTargetHours}
      />
      <SelectField
        label={LABELS.fulfilmentMode}
        name="fulfilmentMode"
        value={values.mode}
        onChange={set('mode', 'fulfilmentMode')}
        error={errors.fulfilmentMode}
        placeholder="Not decided"
        options={[
          { value: 'RESOLVE', label: 'Resolve (automated end to end)' },
          { value: 'ROUTE', label: 'Route (to a person)' },
        ]}
      />
      <TextField
        label={LABELS.requestTypes}
        name="requestTypes"
        value={values.types}
        onChange={set('types', 'requestTypes')}
        onBlur={leave('requestTypes')}
        error={errors.requestTypes}
        hint="Comma-separated, as in the audit."
      />
      <TextField
        label={LABELS.lastReviewedAt}
        name="lastReviewedAt"
        type="date"
        value={values.reviewed}
        onChange={set('reviewed', 'lastReviewedAt')}
        onBlur={leave('lastReviewedAt')}
        error={errors.lastReviewedAt}
      />
      <CheckboxField
        label="Process reviewed before automation"
        name="processReviewed"
        checked={values.processReviewed}
        onChange={set('processReviewed', null)}
      />
    </>
  );
}
