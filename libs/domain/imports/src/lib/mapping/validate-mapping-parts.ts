import { isResolution, RESOLUTIONS } from '@esm-planner/domain-metrics';
import {
  ColumnMappingInput,
  ImportKind,
  SourceColumn,
  VALUE_MATCHES,
} from './column-mapping';
import { columnKey } from './source-header';
import { checkTargetValue, TARGET_FIELDS, targetField } from './target-fields';
import type { ProblemSink } from './mapping-problems';

/** `values`: known, value-mapped fields; readable targets; no entry twice. */
export function validateValueMaps(
  out: ProblemSink,
  mapping: ColumnMappingInput,
): void {
  const kind = mapping.kind;
  const seen = new Map<string, number>();
  const mappable = TARGET_FIELDS[kind]
    .filter((field) => field.valueMapped)
    .map((field) => field.name);
  (mapping.values ?? []).forEach((entry, index) => {
    const path = `values[${index}]`;
    const target = targetField(kind, entry.field);
    if (!target) {
      out.add(
        `${path}.field`,
        `"${entry.field}" is not a field of this format; values map ${mappable.join(', ')}`,
        String(entry.field),
      );
      return;
    }
    if (!target.valueMapped) {
      out.add(
        `${path}.field`,
        `values map ${mappable.join(', ')}, not ${target.name}`,
        target.name,
      );
      return;
    }
    const match = entry.match ?? 'EXACT';
    if (!VALUE_MATCHES.includes(match))
      out.add(
        `${path}.match`,
        `must be one of ${VALUE_MATCHES.join(', ')}`,
        String(match),
      );
    if (typeof entry.from !== 'string' || entry.from.trim() === '') {
      out.add(
        `${path}.from`,
        'is empty: an empty cell is a missing value, not mapped',
      );
    } else if (
      match === 'GREATER_THAN' &&
      !/^-?\d+(?:\.\d+)?$/.test(entry.from.trim())
    ) {
      out.add(
        `${path}.from`,
        `"${entry.from}" must be a number to compare with`,
        entry.from,
      );
    } else {
      const key = `${target.name}\u0000${match}\u0000${columnKey(entry.from)}`;
      const first = seen.get(key);
      if (first !== undefined)
        out.add(
          `${path}.from`,
          `"${entry.from}" is mapped twice for ${target.name} (also values[${first}])`,
          entry.from,
        );
      else seen.set(key, index);
    }
    const checked = checkTargetValue(target, String(entry.to));
    if (!checked.ok)
      out.add(
        `${path}.to`,
        `"${entry.to}" ${checked.message}`,
        String(entry.to),
      );
  });
}

/** `sourceColumns`: named, not declared twice, aliases not empty. */
export function validateSourceColumns(
  out: ProblemSink,
  columns: readonly SourceColumn[] | undefined,
): void {
  const seen = new Map<string, number>();
  (columns ?? []).forEach((column, index) => {
    const path = `sourceColumns[${index}]`;
    if (typeof column.name !== 'string' || column.name.trim() === '') {
      out.add(`${path}.name`, 'is empty');
      return;
    }
    const first = seen.get(columnKey(column.name));
    if (first !== undefined)
      out.add(
        `${path}.name`,
        `"${column.name}" is declared twice (also sourceColumns[${first}])`,
        column.name,
      );
    else seen.set(columnKey(column.name), index);
    (column.aliases ?? []).forEach((alias, aliasIndex) => {
      if (alias.trim() === '')
        out.add(`${path}.aliases[${aliasIndex}]`, 'is empty');
    });
  });
}

/** `resolutionRule`: request records only, not with a bound resolution, known resolutions. */
export function validateResolutionRule(
  out: ProblemSink,
  mapping: ColumnMappingInput,
  kind: ImportKind,
): void {
  const rule = mapping.resolutionRule!;
  if (kind !== 'REQUESTS') {
    out.add('resolutionRule', 'a resolution rule is for request records');
    return;
  }
  if (
    (mapping.fields ?? []).some((binding) => binding.field === 'resolution')
  ) {
    out.add(
      'resolutionRule',
      'resolution is also bound in fields: keep the binding or the rule, not both',
    );
  }
  (rule.cases ?? []).forEach((ruleCase, index) => {
    const path = `resolutionRule.cases[${index}]`;
    if (!isResolution(ruleCase.then))
      out.add(
        `${path}.then`,
        `must be one of ${RESOLUTIONS.join(', ')}`,
        String(ruleCase.then),
      );
    if (!Array.isArray(ruleCase.when) || ruleCase.when.length === 0)
      out.add(`${path}.when`, 'give at least one condition');
    (ruleCase.when ?? []).forEach((condition, conditionIndex) =>
      out.condition(`${path}.when[${conditionIndex}]`, condition, kind),
    );
  });
  if (
    rule.otherwise !== undefined &&
    rule.otherwise !== null &&
    !isResolution(rule.otherwise)
  ) {
    out.add(
      'resolutionRule.otherwise',
      `must be one of ${RESOLUTIONS.join(', ')}`,
      String(rule.otherwise),
    );
  }
}
