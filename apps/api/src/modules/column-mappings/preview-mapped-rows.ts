import { ImportError, TARGET_FIELDS } from '@esm-planner/domain-imports';
import { SourceRecord } from '../imports/readers/source-record';
import { StoredMapping } from './column-mapping.mapper';
import { MappedRow } from './dto/import-preview';

/**
 * The first rows of a file as a mapping reads them. Interim: the target
 * fields only, until the engine's record reader is merged (i12-engine).
 */
export function previewMappedRows({ mapping }: { mapping: StoredMapping; header: readonly string[]; sample: readonly SourceRecord[]; timeZone: string }): {
  fields: string[];
  rows: MappedRow[];
  problems: ImportError[];
} {
  return { fields: TARGET_FIELDS[mapping.kind].map((field) => field.name), rows: [], problems: [] };
}
