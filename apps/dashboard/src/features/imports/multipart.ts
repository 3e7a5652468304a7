/**
 * The parts of a GraphQL multipart request
 * (github.com/jaydenseric/graphql-multipart-request-spec): `operations` is the
 * query with the file variable set to null, `map` says which variable part
 * `0` fills, and part `0` is the file itself. Order matters: the server reads
 * `operations` and `map` before the file streams in.
 */
export function multipartFields({
  query,
  operationName,
  variables,
  filePath,
}: {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
  /** Where the file goes in `variables`, e.g. "variables.input.file". */
  filePath: string;
}): { operations: string; map: string } {
  return {
    operations: JSON.stringify({ query, operationName, variables }),
    map: JSON.stringify({ 0: [filePath] }),
  };
}

/** The multipart body: `operations`, `map`, then the file as part `0`. */
export function multipartBody(
  fields: { operations: string; map: string },
  file: Blob,
  fileName: string,
): FormData {
  const body = new FormData();
  body.append('operations', fields.operations);
  body.append('map', fields.map);
  body.append('0', file, fileName);
  return body;
}
