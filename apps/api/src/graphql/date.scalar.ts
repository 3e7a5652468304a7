import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function parse(value: unknown): string {
  if (!isIsoDate(value))
    throw new GraphQLError(
      `a Date is written YYYY-MM-DD (a real calendar day), got ${JSON.stringify(value)}`,
    );
  return value;
}

/** A plain calendar date, `YYYY-MM-DD`, with no time and no time zone (domain conventions). */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD, without time or time zone.',
  serialize: (value) =>
    parse(value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('a Date is a string written YYYY-MM-DD');
    return parse(ast.value);
  },
});
