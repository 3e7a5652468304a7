import {
  Button,
  Card,
  CheckboxField,
  ErrorBanner,
  TextField,
} from '@esm-planner/dashboard-ui';
import { formatCount } from '../formatting/format';
import { NEW_CASE_FIELDS } from './new-case';
import {
  type NewCaseOrganization,
  useNewBusinessCase,
} from './useNewBusinessCase';

/** A new case: the programme's costs and the departments in it; the rest is prefilled on the case page. */
export function NewBusinessCaseCard({
  organization,
}: {
  organization: NewCaseOrganization;
}) {
  const { form, setForm, problems, failure, submit, toggle, saving } =
    useNewBusinessCase(organization);
  return (
    <Card title="New case" testId="new-business-case">
      <p className="case-note">
        Enter the programme's costs. Volumes and handling minutes come from each
        department's latest audit, targets from the benchmarks and go-live
        months from the roadmap; you can override any of them on the case page.
      </p>
      {failure ? <ErrorBanner messages={[failure]} /> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label="Name"
          name="name"
          value={form.name}
          onChange={(name) => setForm((f) => ({ ...f, name }))}
          error={problems.name}
          required
        />
        {NEW_CASE_FIELDS.map(({ key, label, required }) => (
          <TextField
            key={key}
            label={label}
            name={key}
            value={form[key]}
            onChange={(text) => setForm((f) => ({ ...f, [key]: text }))}
            error={problems[key]}
            required={required}
          />
        ))}
        <NewCaseDepartments
          departments={organization.departments}
          chosen={form.departmentIds}
          problem={problems.departments}
          onToggle={toggle}
        />
        <Button
          type="submit"
          variant="primary"
          loading={saving.loading}
          testId="new-case-submit"
        >
          Create the case
        </Button>
      </form>
    </Card>
  );
}

/** The departments to include, each with its latest audit's volume. */
function NewCaseDepartments({
  departments,
  chosen,
  problem,
  onToggle,
}: {
  departments: NewCaseOrganization['departments'];
  chosen: readonly string[];
  problem: string | undefined;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <fieldset className="case-inputs__department">
      <legend>Departments</legend>
      {departments.map((d) => (
        <CheckboxField
          key={d.id}
          label={d.name}
          name={`department-${d.id}`}
          checked={chosen.includes(d.id)}
          onChange={(on) => onToggle(d.id, on)}
          hint={
            d.baseline
              ? `${formatCount(d.baseline.monthlyVolume)} a month in the latest audit`
              : 'no audit yet: enter its volume on the case page'
          }
        />
      ))}
      {problem ? <p className="case-problem">{problem}</p> : null}
    </fieldset>
  );
}
