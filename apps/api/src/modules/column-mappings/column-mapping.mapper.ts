import type {
  ColumnMappingInput as EngineMapping,
  Condition,
  FieldBinding as EngineBinding,
} from '@esm-planner/domain-imports';
import {
  ColumnMappingInput,
  MappingConditionInput,
} from './dto/column-mapping.input';
import { ColumnMapping, MappingCondition } from './dto/column-mapping.object';

/** A mapping as the API keeps it: the engine's JSON plus the source its external ids belong to. */
export type StoredMapping = EngineMapping & { source?: string };

// GraphQL gives absent optional fields as null or undefined; the engine's
// JSON simply leaves them out.
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as T;
}

function condition(input: MappingConditionInput): Condition {
  return compact({
    column: input.column,
    field: input.field,
    equals: input.equals,
    contains: input.contains,
  }) as Condition;
}

/** The GraphQL input as the engine's mapping (organizationId dropped, nulls left out). */
export function toEngineMapping(input: ColumnMappingInput): StoredMapping {
  return compact({
    name: typeof input.name === 'string' ? input.name.trim() : input.name,
    kind: input.kind,
    fields: (input.fields ?? []).map(
      (binding) =>
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
        }) as EngineBinding,
    ),
    values: input.values?.map((entry) =>
      compact({
        field: entry.field,
        from: entry.from,
        to: entry.to,
        match: entry.match,
      }),
    ),
    dateFormat: input.dateFormat,
    otherDateFormats: input.otherDateFormats,
    timeZone: input.timeZone,
    missingValues: input.missingValues,
    eventLog: input.eventLog ? compact({ ...input.eventLog }) : undefined,
    sourceColumns: input.sourceColumns?.map((column) => compact({ ...column })),
    resolutionRule: input.resolutionRule
      ? compact({
          cases: input.resolutionRule.cases.map((c) => ({
            when: c.when.map(condition),
            then: c.then,
          })),
          otherwise: input.resolutionRule.otherwise,
        })
      : undefined,
    source: typeof input.source === 'string' ? input.source.trim() : undefined,
  }) as StoredMapping;
}

function conditionObject(input: Condition): MappingCondition {
  return {
    column: input.column ?? null,
    field: input.field ?? null,
    equals: input.equals ?? [],
    contains: input.contains ?? [],
  };
}

/** A stored (or built-in) mapping as GraphQL reads it back: the input's names, lists never null. */
export function toColumnMapping(
  mapping: StoredMapping,
  meta: {
    id: string;
    organizationId: string | null;
    builtIn: boolean;
    source: string;
    createdAt?: Date | null;
    updatedAt?: Date | null;
    createdBy?: string | null;
    updatedBy?: string | null;
  },
): ColumnMapping {
  return {
    id: meta.id,
    organizationId: meta.organizationId,
    builtIn: meta.builtIn,
    name: mapping.name,
    kind: mapping.kind,
    fields: mapping.fields.map((binding) => ({
      field: binding.field,
      column: binding.column ?? null,
      constant: binding.constant ?? null,
      default: binding.default ?? null,
      label: binding.label ?? null,
      fallback: binding.fallback
        ? {
            column: binding.fallback.column,
            when: binding.fallback.when
              ? conditionObject(binding.fallback.when)
              : null,
          }
        : null,
    })),
    values: (mapping.values ?? []).map((entry) => ({
      field: entry.field,
      from: entry.from,
      to: entry.to,
      match: entry.match ?? 'EXACT',
    })),
    dateFormat: mapping.dateFormat ?? null,
    otherDateFormats: mapping.otherDateFormats ?? [],
    timeZone: mapping.timeZone ?? null,
    missingValues: mapping.missingValues ?? [],
    eventLog: mapping.eventLog
      ? {
          eventTime: mapping.eventLog.eventTime,
          status: mapping.eventLog.status ?? null,
          resolvedStatuses: mapping.eventLog.resolvedStatuses ?? [],
          sequence: mapping.eventLog.sequence ?? null,
        }
      : null,
    sourceColumns: (mapping.sourceColumns ?? []).map((column) => ({
      name: column.name,
      aliases: column.aliases ?? [],
      optional: column.optional ?? false,
    })),
    resolutionRule: mapping.resolutionRule
      ? {
          cases: mapping.resolutionRule.cases.map((c) => ({
            when: c.when.map(conditionObject),
            then: c.then,
          })),
          otherwise: mapping.resolutionRule.otherwise ?? null,
        }
      : null,
    source: meta.source,
    createdAt: meta.createdAt ?? null,
    updatedAt: meta.updatedAt ?? null,
    createdBy: meta.createdBy ?? null,
    updatedBy: meta.updatedBy ?? null,
  };
}
