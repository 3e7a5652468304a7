import { TARGET_FIELDS, type ImportKind } from '@esm-planner/domain-imports';
import { initialFieldChoices, type KnownMapping } from './column-suggestions';
import { formatsThatRead } from './date-formats';
import type { FilePreview } from './preview-request';
import { emptyMapping, type WizardMapping } from './wizard-mapping';

/** The mapping's first guess from the file: suggested columns, and the date format its first dates read with. */
export function firstGuess(
  kind: ImportKind,
  preview: Pick<FilePreview, 'headers' | 'sampleRows'>,
  known: readonly KnownMapping[],
): WizardMapping {
  const fields = initialFieldChoices(kind, preview.headers, known);
  const dateColumns = TARGET_FIELDS[kind]
    .filter((field) => field.type === 'timestamp' || field.type === 'date')
    .flatMap((field) => {
      const choice = fields[field.name];
      return choice.kind === 'column'
        ? [preview.headers.indexOf(choice.column)]
        : [];
    });
  const samples = preview.sampleRows.flatMap((row) =>
    dateColumns.map((index) => row.cells[index] ?? ''),
  );
  return {
    ...emptyMapping(kind),
    fields,
    dateFormat: formatsThatRead(samples)[0] ?? '',
  };
}
