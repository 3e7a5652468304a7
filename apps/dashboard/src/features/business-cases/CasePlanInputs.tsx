import type { BusinessCaseFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { TextField } from '@esm-planner/dashboard-ui';
import { formatCountOf, formatDateTime } from '../formatting/format';
import {
  canDownloadCaseFiles,
  type canWriteBusinessCases,
} from './case-access';
import { CaseExports } from './CaseExports';
import { InputsPanel } from './InputsPanel';
import type { CaseEditorState } from './useCaseEditor';

export type CasePlanInputsProps = {
  saved: BusinessCaseFieldsFragment;
  myRole: Parameters<typeof canWriteBusinessCases>[0];
  /** The organisation's time zone, for the versions' save times. */
  timeZone: string;
  writable: boolean;
  editor: CaseEditorState;
};

/** The plan tab's left column: name, inputs, downloads and saved versions. */
export function CasePlanInputs({
  saved,
  myRole,
  timeZone,
  writable,
  editor,
}: CasePlanInputsProps) {
  const { form, checks } = editor;
  return (
    <div className="case-layout__inputs">
      {writable ? (
        <TextField
          label="Case name"
          name="name"
          value={form.name}
          onChange={editor.setName}
          onBlur={() => checks.onBlur('name')}
          error={checks.problems.fields.name}
          required
        />
      ) : null}
      <InputsPanel
        form={form}
        problems={checks.problems.fields}
        // Without the other departments' lines a what-if would be a different case.
        readOnly={saved.hiddenDepartmentCount > 0}
        onLeave={checks.onBlur}
        onGlobal={editor.setGlobal}
        onDepartment={editor.setDepartment}
      />
      {saved.hiddenDepartmentCount > 0 ? (
        <p className="case-note" data-testid="case-hidden-departments">
          {saved.hiddenDepartmentCount === 1
            ? 'The results include 1 other department, whose lines are not shown to you.'
            : `The results include ${saved.hiddenDepartmentCount} other departments, whose lines are not shown to you.`}
        </p>
      ) : null}
      {canDownloadCaseFiles(myRole) ? (
        <>
          <CaseExports caseId={saved.id} caseName={saved.name} />
          <p className="case-note">
            Downloads are of the saved version {saved.version}; save first to
            include changes.
          </p>
        </>
      ) : null}
      <details className="case-versions">
        <summary>
          {formatCountOf(
            saved.versions.length,
            'saved version',
            'saved versions',
          )}
        </summary>
        <ul>
          {saved.versions.map((v) => (
            <li key={v.version}>
              Version {v.version}: {formatDateTime(String(v.savedAt), timeZone)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
