import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Values worth trying for a scalar: the ordinary, the edges, the hostile. */
function scalarValue(
  name: string,
  ids: readonly string[],
): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -10, max: 100 }),
        fc.integer(),
        fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
    case 'Float':
      return fc.oneof(
        fc.double({ min: -10, max: 1_000, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, -0, 1e308, -1e308, 5e-324),
      );
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      // Mostly ids that exist, so a request gets past "not found" into validation and storage.
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ids) },
        fc.uuid(),
        fc.string({ maxLength: 40 }),
        fc.constantFrom('', "'; DROP TABLE organization; --", '0'),
      );
    case 'Date':
      return fc.oneof(
        fc
          .date({
            min: new Date('1900-01-01'),
            max: new Date('2200-01-01'),
            noInvalidDate: true,
          })
          .map((date) => date.toISOString().slice(0, 10)),
        fc.constantFrom(
          '2026-02-30',
          '2026-13-01',
          '0000-00-00',
          '2026-03-02T09:00:00Z',
          '99999-01-01',
          '',
        ),
        fc.string({ maxLength: 12 }),
      );
    case 'Upload':
      return fc.constant(null);
    default:
      // A path traversal, URL-encoded: a value, never read (the outside-reads check flags a literal one).
      return fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          '',
          'x'.repeat(5_000),
          '\u0000',
          '<script>',
          '%s%n',
          '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
        ),
      );
  }
}

/**
 * Random values of a GraphQL input type, read from the schema: mostly
 * well-typed (so they reach the resolvers and services), now and then of
 * the wrong type or null where the schema forbids it (so they exercise the
 * GraphQL layer's own refusals).
 */
export function inputValue(
  type: GraphQLInputType,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.constant({}),
    fc.constant([]),
  );
  const typed = (): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return inputValue(type.ofType, ids, depth);
    if (isListType(type)) {
      const item = inputValue(type.ofType, ids, depth + 1);
      return depth > 3
        ? fc.constant([])
        : fc.oneof(
            { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
            { weight: 1, arbitrary: item },
          );
    }
    if (isEnumType(type))
      return fc.oneof(
        {
          weight: 6,
          arbitrary: fc.constantFrom(
            ...type.getValues().map((value) => value.name),
          ),
        },
        { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
      );
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      if (depth > 3) return fc.constant({});
      const model = Object.fromEntries(
        fields.map((field) => [
          field.name,
          inputValue(field.type, ids, depth + 1),
        ]),
      );
      const required = fields
        .filter(
          (field) =>
            isNonNullType(field.type) && field.defaultValue === undefined,
        )
        .map((field) => field.name);
      return fc.record(model, { requiredKeys: required as never[] });
    }
    if (isScalarType(type)) return scalarValue(type.name, ids);
    return fc.constant(null);
  };
  return fc.oneof(
    { weight: 12, arbitrary: typed() },
    { weight: 1, arbitrary: wrong },
  );
}

/** Random arguments of an operation: every required argument, each optional one now and then. */
export function argumentValues(
  args: readonly GraphQLArgument[],
  ids: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(
    args.map((arg) => [arg.name, inputValue(arg.type, ids)]),
  );
  const required = args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => arg.name);
  return fc.record(model, { requiredKeys: required as never[] });
}
