import { MAX_CELL_LENGTH } from '../row-reader';
import { conditionHolds } from './condition';
import { FieldPlan, MappingPlan } from './field-plan';
import { lookUpValue } from './value-map';

/** Where a format cell's text came from, to point an error back at the file. */
export type CellSource = {
  /** 0-based source column, null for a constant, a default-less missing value of an absent column, or a derived value. */
  column: number | null;
  /** The source cell as it was (for the error's value). */
  raw: string;
  /** How messages name it: the source column's header, else the field's name. */
  name: string;
};

/** One record as the format's cells (texts in the format's column order) and their sources. */
export type MappedRecord = { texts: string[]; sources: CellSource[] };

/**
 * The text the format reader gets for one field of one record: the bound
 * cell — or, when it is missing, the fallback column's cell (when its
 * condition holds), else the default, else empty — through the value map;
 * an unmatched value is passed on as it is. A cell longer than the format
 * accepts is passed on unmapped, so that the format reports it.
 */
export function mapField(
  plan: MappingPlan,
  field: FieldPlan,
  cells: readonly string[],
): { text: string; source: CellSource } {
  if (field.source === 'CONSTANT')
    return {
      text: field.constant!,
      source: { column: null, raw: '', name: field.name },
    };
  if (field.source === 'NONE')
    return { text: '', source: { column: null, raw: '', name: field.name } };
  let column = field.column;
  let name = field.name;
  let raw = column === null ? '' : (cells[column] ?? '');
  if (plan.isMissing(raw) && field.fallback) {
    const { fallback } = field;
    const other =
      fallback.column === null ? '' : (cells[fallback.column] ?? '');
    const when = fallback.when;
    const holds =
      when === null || conditionHolds(when, cellFor(plan, when.column, cells));
    if (holds && !plan.isMissing(other)) {
      column = fallback.column;
      name = fallback.name;
      raw = other;
    }
  }
  const source = { column, raw, name };
  if (raw.length > MAX_CELL_LENGTH) return { text: raw, source };
  // A blank cell goes on as it is (the format reports it as the format
  // would); a missing-value marker (`?`) as empty.
  if (plan.isMissing(raw))
    return { text: field.default ?? (raw.trim() === '' ? raw : ''), source };
  const mapped =
    field.values === null ? undefined : lookUpValue(field.values, raw);
  return { text: mapped ?? raw, source };
}

/** A source cell by column, null when the column is absent or the cell missing. */
export function cellFor(
  plan: MappingPlan,
  column: number | null,
  cells: readonly string[],
): string | null {
  if (column === null) return null;
  const raw = cells[column] ?? '';
  return plan.isMissing(raw) ? null : raw;
}

/** Maps every field of one record (the width is checked before). */
export function mapRecord(
  plan: MappingPlan,
  cells: readonly string[],
): MappedRecord {
  const texts: string[] = new Array(plan.fields.length);
  const sources: CellSource[] = new Array(plan.fields.length);
  for (const field of plan.fields) {
    const { text, source } = mapField(plan, field, cells);
    texts[field.index] = text;
    sources[field.index] = source;
  }
  return { texts, sources };
}

/**
 * The resolution a rule gives a record (resolution rule of the mapping):
 * UNRESOLVED without a resolution time, else the first case whose
 * conditions all hold, else `otherwise`.
 */
export function ruleResolution(
  plan: MappingPlan,
  record: MappedRecord,
  cells: readonly string[],
  resolved: boolean,
): string {
  const rule = plan.resolutionRule!;
  if (!resolved) return 'UNRESOLVED';
  for (const ruleCase of rule.cases) {
    const holds = ruleCase.when.every((condition) => {
      if (condition.field === null)
        return conditionHolds(
          condition,
          cellFor(plan, condition.column, cells),
        );
      const index = plan.fields.findIndex(
        (field) => field.field.name === condition.field,
      );
      const text = record.texts[index];
      return conditionHolds(
        condition,
        text === undefined || text.trim() === '' ? null : text,
      );
    });
    if (holds) return ruleCase.then;
  }
  return rule.otherwise;
}

/** Indexes of the request fields the event-log and resolution rules touch (REQUEST_COLUMNS order; a test checks). */
export const REQUEST_INDEX = {
  externalId: 0,
  openedAt: 4,
  firstResponseAt: 5,
  resolvedAt: 6,
  resolution: 7,
  reopened: 9,
} as const;
