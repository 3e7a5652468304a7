import type { GraphQLFormattedError } from 'graphql';

/** One value of a column over the whole file, and how many rows hold it. */
export type DistinctValue = { value: string; count: number };

export type PreviewRow = { line: number; cells: string[] };
export type PreviewProblem = {
  line: number;
  column: number | null;
  message: string;
  value: string | null;
};

/** What previewImport told about the file (api.md ImportPreview). */
export type FilePreview = {
  headers: string[];
  sampleRows: PreviewRow[];
  rowsInFile: number;
  mappedFields: string[];
  mappedRows: { line: number; values: string[] }[];
  problems: PreviewProblem[];
  /** By column name as asked. */
  distinct: ReadonlyMap<string, DistinctValue[]>;
};

export type PreviewAnswer =
  | { kind: 'preview'; preview: FilePreview }
  | { kind: 'rejected'; errors: readonly GraphQLFormattedError[] }
  | { kind: 'failed'; message: string };

/** How many distinct values of a column the wizard shows (the API's default). */
export const DISTINCT_LIMIT = 200;

/**
 * The previewImport query, asking the distinct values of each column in
 * `columns` under an alias (`d0`, `d1`…): the API reads the file once for all.
 */
export function previewQuery(columnCount: number): string {
  const variables = Array.from(
    { length: columnCount },
    (_, i) => `, $c${i}: String!`,
  ).join('');
  const distinct = Array.from(
    { length: columnCount },
    (_, i) =>
      ` d${i}: distinctValues(column: $c${i}, limit: ${DISTINCT_LIMIT}) { value count }`,
  ).join('');
  return (
    `query PreviewImport($input: PreviewImportInput!${variables}) { previewImport(input: $input) {` +
    ' headers rowsInFile sampleRows { line cells } mappedFields mappedRows { line values } problems { line column message value }' +
    `${distinct} } }`
  );
}

/** The variables of previewQuery: the input, and the columns as `c0`, `c1`… */
export function previewVariables(
  input: Record<string, unknown>,
  columns: readonly string[],
): Record<string, unknown> {
  return {
    input,
    ...Object.fromEntries(columns.map((column, i) => [`c${i}`, column])),
  };
}

type RawPreview = Omit<FilePreview, 'distinct'> & Record<string, unknown>;

/** Reads the HTTP answer to previewQuery. */
export function readPreviewAnswer(
  status: number,
  text: string,
  columns: readonly string[],
): PreviewAnswer {
  if (status === 413)
    return {
      kind: 'failed',
      message: 'The file is larger than the server accepts.',
    };
  if (status === 0)
    return {
      kind: 'failed',
      message:
        'The file did not reach the server. Check your connection and try again.',
    };
  let body: {
    data?: { previewImport?: RawPreview | null } | null;
    errors?: GraphQLFormattedError[];
  } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (body?.errors?.length) return { kind: 'rejected', errors: body.errors };
  const raw = body?.data?.previewImport;
  if (!raw || !Array.isArray(raw.headers))
    return {
      kind: 'failed',
      message:
        'The server answered in a way the dashboard does not understand. Please try again.',
    };
  const distinct = new Map(
    columns.map((column, i) => [
      column,
      (raw[`d${i}`] as DistinctValue[] | undefined) ?? [],
    ]),
  );
  const {
    headers,
    sampleRows,
    rowsInFile,
    mappedFields,
    mappedRows,
    problems,
  } = raw;
  return {
    kind: 'preview',
    preview: {
      headers,
      sampleRows,
      rowsInFile,
      mappedFields,
      mappedRows,
      problems,
      distinct,
    },
  };
}
