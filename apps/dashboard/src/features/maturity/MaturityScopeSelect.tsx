import { SelectField } from '@esm-planner/dashboard-ui';

const WHOLE_ORGANISATION = '';

/** Which scope the maturity page assesses: the whole organisation or one department. */
export function MaturityScopeSelect({
  organizationName,
  departments,
  departmentId,
  onChange,
}: {
  organizationName: string;
  departments: readonly { id: string; name: string }[];
  departmentId: string | null;
  /** The chosen department's id, or '' for the whole organisation. */
  onChange: (value: string) => void;
}) {
  return (
    <div className="maturity-toolbar">
      <SelectField
        label="Assess"
        name="scope"
        value={departmentId ?? WHOLE_ORGANISATION}
        onChange={onChange}
        options={[
          {
            value: WHOLE_ORGANISATION,
            label: `${organizationName} (organisation-wide)`,
          },
          ...departments.map((d) => ({ value: d.id, label: d.name })),
        ]}
        layout="inline"
      />
    </div>
  );
}
