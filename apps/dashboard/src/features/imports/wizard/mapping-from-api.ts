import type { ColumnMappingFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import type {
  ColumnMappingInput,
  Condition,
  ResolutionValue,
} from '@esm-planner/domain-imports';

type ApiCondition = {
  column?: string | null;
  field?: string | null;
  equals: string[];
  contains: string[];
};

function condition(value: ApiCondition): Condition {
  return compact({
    column: value.column,
    field: value.field,
    equals: nonEmpty(value.equals),
    contains: nonEmpty(value.contains),
  });
}

/** A mapping as the API reads it back, as the engine's input type (nulls and empty lists left out). */
export function mappingFromApi(
  mapping: ColumnMappingFieldsFragment,
): ColumnMappingInput {
  return compact({
    name: mapping.name,
    kind: mapping.kind,
    fields: mapping.fields.map((binding) =>
      compact({
        field: binding.field,
        column: binding.column,
        constant: binding.constant,
        default: binding.default,
        label: binding.label,
        fallback: binding.fallback
          ? compact({
              column: binding.fallback.column,
              when: binding.fallback.when
                ? condition(binding.fallback.when)
                : undefined,
            })
          : undefined,
      }),
    ),
    // Field by field: Apollo's __typename must not travel back in an input.
    values: nonEmpty(
      mapping.values.map(({ field, from, to, match }) =>
        match === 'EXACT' ? { field, from, to } : { field, from, to, match },
      ),
    ),
    dateFormat: mapping.dateFormat,
    otherDateFormats: nonEmpty(mapping.otherDateFormats),
    timeZone: mapping.timeZone,
    missingValues: nonEmpty(mapping.missingValues),
    eventLog: mapping.eventLog
      ? compact({
          eventTime: mapping.eventLog.eventTime,
          status: mapping.eventLog.status,
          resolvedStatuses: nonEmpty(mapping.eventLog.resolvedStatuses),
          sequence: mapping.eventLog.sequence,
        })
      : undefined,
    sourceColumns: nonEmpty(
      mapping.sourceColumns.map((column) =>
        compact({
          name: column.name,
          aliases: nonEmpty(column.aliases),
          optional: column.optional || undefined,
        }),
      ),
    ),
    resolutionRule: mapping.resolutionRule
      ? compact({
          cases: mapping.resolutionRule.cases.map((entry) => ({
            when: entry.when.map(condition),
            then: entry.then as ResolutionValue,
          })),
          otherwise: (mapping.resolutionRule.otherwise ?? undefined) as
            ResolutionValue | undefined,
        })
      : undefined,
  });
}

function nonEmpty<T>(values: readonly T[]): T[] | undefined {
  return values.length > 0 ? [...values] : undefined;
}

/** The object without its null and undefined properties. */
function compact<T extends Record<string, unknown>>(
  record: T,
): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value !== undefined && value !== null,
    ),
  ) as { [K in keyof T]: Exclude<T[K], null> };
}
