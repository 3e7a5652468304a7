import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  type BusinessCaseFieldsFragment,
  SaveBusinessCaseDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  caseFieldLabels,
  type CaseForm,
  formFromCase,
  saveRequest,
} from './case-form';
import type { InputsPanelProps } from './InputsPanel';
import { useCaseEvaluation } from './useCaseEvaluation';
import { useFormProblems } from '../forms/useFormProblems';

/**
 * A saved case's editor state: the form from the saved version, its live
 * evaluation, the checks shown per field, and saving as the next version.
 */
export function useCaseEditor(
  saved: BusinessCaseFieldsFragment,
  organizationId: string,
  onSaved: (version: number) => void,
) {
  const initial = useMemo(() => formFromCase(saved), [saved]);
  const [form, setForm] = useState<CaseForm>(initial);
  const evaluation = useCaseEvaluation(form, saved.result);
  const [save, saving] = useMutation(SaveBusinessCaseDocument, {
    refetchQueries: ['BusinessCasePage'],
    awaitRefetchQueries: true,
  });
  const labels = useMemo(() => caseFieldLabels(initial), [initial]);
  const nameProblems =
    form.name.trim() === ''
      ? [{ field: 'name', message: 'Case name is required' }]
      : [];
  const checks = useFormProblems(labels, [
    ...nameProblems,
    ...evaluation.problems,
  ]);
  const edit = (field: string) => checks.onEdit(field);

  const onSave = async () => {
    if (!checks.beginSubmit()) return;
    try {
      await save({
        variables: { input: saveRequest(form, organizationId, saved.id) },
      });
      onSaved(saved.version + 1);
    } catch (cause) {
      checks.failSubmit(cause, { prefix: 'inputs.' });
    }
  };

  const setName = (name: string) => {
    edit('name');
    setForm((f) => ({ ...f, name }));
  };
  const setGlobal: InputsPanelProps['onGlobal'] = (key, text) => {
    edit(key);
    setForm((f) => ({ ...f, globals: { ...f.globals, [key]: text } }));
  };
  const setDepartment: InputsPanelProps['onDepartment'] = (
    index,
    key,
    text,
  ) => {
    edit(`departments[${index}].${key}`);
    setForm((f) => ({
      ...f,
      departments: f.departments.map((d, i) =>
        i === index ? { ...d, text: { ...d.text, [key]: text } } : d,
      ),
    }));
  };

  return {
    initial,
    form,
    evaluation,
    saving: saving.loading,
    labels,
    checks,
    onSave,
    setName,
    setGlobal,
    setDepartment,
  };
}

export type CaseEditorState = ReturnType<typeof useCaseEditor>;
