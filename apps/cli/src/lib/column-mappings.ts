import { ApiClient } from './api-client';
import { UsageError } from './import-options';

export type MappingChoice = { id: string; name: string; kind: string };

const COLUMN_MAPPINGS =
  'query ColumnMappings($organizationId: ID!) { columnMappings(organizationId: $organizationId) { id name kind } }';

/** The organisation's mapping called `name` (without case or surrounding spaces); else a usage error listing them. */
export function findMapping(
  name: string,
  mappings: readonly MappingChoice[],
): MappingChoice {
  const key = name.trim().toLowerCase();
  const found = mappings.find(
    (mapping) => mapping.name.trim().toLowerCase() === key,
  );
  if (found) return found;
  const available =
    mappings.length > 0
      ? mappings.map((mapping) => `\n  ${mapping.name}`).join('')
      : ' none yet (save one on the Imports page)';
  throw new UsageError(
    `the organisation has no column mapping named "${name}"; its mappings are:${available}`,
  );
}

export async function lookUpMapping(
  client: ApiClient,
  organizationId: string,
  name: string,
): Promise<MappingChoice> {
  const { columnMappings } = await client.query<{
    columnMappings: MappingChoice[];
  }>(COLUMN_MAPPINGS, { organizationId });
  return findMapping(name, columnMappings);
}
