/**
 * The object `registerEnumType` wants, built from a domain's list of values,
 * so a GraphQL enum and the domain's list cannot drift.
 */
export function enumObject<T extends string>(
  values: readonly T[],
): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as {
    [K in T]: K;
  };
}
