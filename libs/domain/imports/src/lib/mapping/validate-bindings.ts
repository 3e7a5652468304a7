import { ColumnMappingInput, FieldBinding } from './column-mapping';
import { KIND_LABELS, ProblemSink } from './mapping-problems';
import {
  checkTargetValue,
  TARGET_FIELDS,
  TargetField,
  targetField,
} from './target-fields';

// A mapping's `fields`: each binding names a target field once and takes
// its value from a column or a constant; every required field is bound
// (or derived, by an event log or a resolution rule).

/** Checks every binding of `fields`, then that each required field is bound. */
export function validateBindings(
  out: ProblemSink,
  mapping: ColumnMappingInput,
): void {
  const kind = mapping.kind;
  const fields = Array.isArray(mapping.fields) ? mapping.fields : [];
  const bound = new Map<string, number>();
  fields.forEach((binding, index) => {
    const path = `fields[${index}]`;
    const target = targetField(kind, binding.field);
    if (!target) {
      const names = TARGET_FIELDS[kind].map((field) => field.name).join(', ');
      out.add(
        `${path}.field`,
        `"${binding.field}" is not a field of ${KIND_LABELS[kind]}; the fields are ${names}`,
        String(binding.field),
      );
      return;
    }
    const first = bound.get(target.name);
    if (first !== undefined)
      out.add(
        `${path}.field`,
        `${target.name} is bound twice (also fields[${first}])`,
        target.name,
      );
    else bound.set(target.name, index);
    validateBinding(out, mapping, binding, path, target);
  });
  validateRequiredFields(out, mapping, bound);
}

/** One binding of a known target field, at `path` (`fields[2]`). */
function validateBinding(
  out: ProblemSink,
  mapping: ColumnMappingInput,
  binding: FieldBinding,
  path: string,
  target: TargetField,
): void {
  const { add } = out;
  const hasColumn = binding.column !== undefined && binding.column !== null;
  const hasConstant =
    binding.constant !== undefined && binding.constant !== null;
  if (hasColumn && hasConstant)
    add(
      path,
      `${target.name} has both a column and a constant: give one of them`,
    );
  else if (!hasColumn && !hasConstant)
    add(
      path,
      `${target.name} has neither a column nor a constant: give one of them`,
    );
  else if (hasColumn) out.column(`${path}.column`, binding.column);
  else {
    const checked = checkTargetValue(target, binding.constant!);
    if (!checked.ok)
      add(
        `${path}.constant`,
        `"${binding.constant}" ${checked.message}`,
        binding.constant,
      );
  }
  validateMissingCell(out, mapping, binding, path, target, hasColumn);
  if (
    binding.label !== undefined &&
    binding.label !== null &&
    (binding.label.trim() === '' || binding.label.length > 100)
  ) {
    add(`${path}.label`, 'must be 1 to 100 characters');
  }
  if (mapping.eventLog && target.name === 'external_id' && hasConstant) {
    add(
      `${path}.constant`,
      'in an event log the case id (external_id) must come from a column',
    );
  }
}

/** A binding's `default` and `fallback`: both are for a missing cell of its column. */
function validateMissingCell(
  out: ProblemSink,
  mapping: ColumnMappingInput,
  binding: FieldBinding,
  path: string,
  target: TargetField,
  hasColumn: boolean,
): void {
  const { add } = out;
  if (binding.default !== undefined && binding.default !== null) {
    if (!hasColumn)
      add(
        `${path}.default`,
        'a default is for a missing cell: it needs a column',
      );
    const checked = checkTargetValue(target, binding.default);
    if (!checked.ok)
      add(
        `${path}.default`,
        `"${binding.default}" ${checked.message}`,
        binding.default,
      );
  }
  if (binding.fallback) {
    if (!hasColumn)
      add(
        `${path}.fallback`,
        'a fallback is for a missing cell: it needs a column',
      );
    out.column(`${path}.fallback.column`, binding.fallback.column);
    if (binding.fallback.when) {
      out.condition(
        `${path}.fallback.when`,
        binding.fallback.when,
        mapping.kind,
      );
      if (
        binding.fallback.when.field !== undefined &&
        binding.fallback.when.field !== null
      ) {
        add(
          `${path}.fallback.when.field`,
          "a fallback's condition tests a column of the file, not a field",
        );
      }
    }
  }
}

/** Every required field bound, or derived by the event log or the resolution rule. */
function validateRequiredFields(
  out: ProblemSink,
  mapping: ColumnMappingInput,
  bound: ReadonlyMap<string, number>,
): void {
  const kind = mapping.kind;
  const derived = new Set<string>();
  if (mapping.eventLog) derived.add('opened_at');
  if (mapping.resolutionRule) derived.add('resolution');
  const missing = TARGET_FIELDS[kind].filter(
    (field) =>
      field.required && !bound.has(field.name) && !derived.has(field.name),
  );
  if (missing.length > 0) {
    const names = missing.map((field) => field.name).join(', ');
    out.add(
      'fields',
      `${KIND_LABELS[kind]} need ${names}: bind ${missing.length === 1 ? 'it' : 'each'} to a column or a constant`,
    );
  }
}
