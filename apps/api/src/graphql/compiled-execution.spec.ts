import { ApolloServer } from '@apollo/server';
import {
  parse,
  GraphQLEnumType,
  GraphQLError,
  GraphQLFloat,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import * as jit from 'graphql-jit';
import { DateScalar } from './date.scalar';
import {
  compiledExecutionPlugin,
  hasStringLiteral,
} from './compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compileQuery = jit.compileQuery as jest.MockedFunction<
  typeof jit.compileQuery
>;

const calls = { points: 0, failing: 0, bump: 0 };

const Source = new GraphQLEnumType({
  name: 'Source',
  values: { REQUESTS: { value: 'requests' }, NONE: { value: 'none' } },
});
const Point = new GraphQLObjectType({
  name: 'Point',
  fields: {
    periodStart: { type: new GraphQLNonNull(DateScalar) },
    source: { type: new GraphQLNonNull(Source) },
    total: { type: new GraphQLNonNull(GraphQLInt) },
    rate: { type: GraphQLFloat },
    label: {
      type: GraphQLString,
      args: { prefix: { type: GraphQLString } },
      resolve: (point: { total: number }, { prefix }) =>
        `${prefix ?? ''}${point.total}`,
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      points: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Point))),
        args: { weeks: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: async (_root, { weeks }: { weeks: number }) => {
          calls.points += 1;
          return Array.from({ length: weeks }, (_, i) => ({
            periodStart: `2026-01-${String(5 + 7 * (i % 4)).padStart(2, '0')}`,
            source: i % 2 ? 'none' : 'requests',
            total: i * 10,
            rate: i % 3 ? i / 7 : null,
          }));
        },
      },
      echo: {
        type: GraphQLString,
        args: { text: { type: GraphQLString } },
        resolve: (_root, { text }: { text: string }) => text,
      },
      failing: {
        type: GraphQLString,
        resolve: () => {
          calls.failing += 1;
          throw new GraphQLError('not today', {
            extensions: { code: 'FORBIDDEN' },
          });
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      bump: {
        type: new GraphQLNonNull(GraphQLInt),
        resolve: () => (calls.bump += 1),
      },
    },
  }),
});

const QUERY = `query Points($weeks: Int!, $prefix: String) {
  points(weeks: $weeks) { ...P label(prefix: $prefix) }
  alias: points(weeks: 2) { total }
}
fragment P on Point { periodStart source total rate }`;

async function run(server: ApolloServer, query: string, variables = {}) {
  const { body, http } = await server.executeOperation({ query, variables });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return { result: body.singleResult, status: http.status };
}

describe('compiledExecutionPlugin', () => {
  const plain = new ApolloServer({ schema });
  const compiled = new ApolloServer({
    schema,
    plugins: [compiledExecutionPlugin()],
  });
  beforeAll(() => Promise.all([plain.start(), compiled.start()]));
  afterAll(() => Promise.all([plain.stop(), compiled.stop()]));
  beforeEach(() => {
    compileQuery.mockClear();
    Object.assign(calls, { points: 0, failing: 0, bump: 0 });
  });

  it('answers a query as graphql-js does, compiling it once, on its second run', async () => {
    const expected = await run(plain, QUERY, { weeks: 5, prefix: 'n=' });
    expect(expected.result.data).toMatchObject({
      alias: [{ total: 0 }, { total: 10 }],
    });
    for (let i = 0; i < 4; i += 1) {
      const { result } = await run(compiled, QUERY, {
        weeks: 5,
        prefix: 'n=',
      });
      // As JSON: the same keys in the same order, values and nulls.
      expect(JSON.stringify(result)).toBe(JSON.stringify(expected.result));
    }
    expect(compileQuery).toHaveBeenCalledTimes(1);
    // Two root fields a run, five runs: each resolver ran once per run.
    expect(calls.points).toBe(10);
  });

  it('reports a failing query exactly as graphql-js does (it runs again there)', async () => {
    const query = '{ failing points(weeks: 1) { total } }';
    const expected = await run(plain, query);
    expect(expected.result.errors?.[0]).toMatchObject({
      message: 'not today',
      path: ['failing'],
      extensions: { code: 'FORBIDDEN' },
    });
    await run(compiled, query);
    calls.failing = 0;
    const second = await run(compiled, query);
    expect(compileQuery).toHaveBeenCalledTimes(1);
    expect(second).toEqual(expected);
    // The compiled run and graphql-js's.
    expect(calls.failing).toBe(2);
  });

  it('leaves invalid variables to graphql-js: the same 400', async () => {
    const query = 'query($weeks: Int!) { points(weeks: $weeks) { total } }';
    await run(compiled, query, { weeks: 1 });
    const expected = await run(plain, query, { weeks: 'many' });
    const answer = await run(compiled, query, { weeks: 'many' });
    expect(answer).toEqual(expected);
    expect(expected.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never compiles a document with a string literal: graphql-jit would write it into code', async () => {
    // graphql-jit 0.8.9 turns its public date marker back into `new Date(…)`
    // over the JSON of the literals, so this string ran as code.
    const marker = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
    const text = `${marker}0)+(globalThis.compiledExecutionProbe=1)+(0`;
    const query = `{ echo(text: ${JSON.stringify(text)}) }`;
    for (let i = 0; i < 3; i += 1) {
      const { result } = await run(compiled, query);
      expect(result.data).toEqual({ echo: text });
    }
    expect(compileQuery).not.toHaveBeenCalled();
    expect(
      (globalThis as { compiledExecutionProbe?: number })
        .compiledExecutionProbe,
    ).toBeUndefined();
    // The same text as a variable is read at run time, never written into code.
    const withVariable = 'query($text: String) { echo(text: $text) }';
    for (let i = 0; i < 3; i += 1) {
      const { result } = await run(compiled, withVariable, { text });
      expect(result.data).toEqual({ echo: text });
    }
    expect(compileQuery).toHaveBeenCalledTimes(1);
    expect(
      (globalThis as { compiledExecutionProbe?: number })
        .compiledExecutionProbe,
    ).toBeUndefined();
  });

  it('finds string and block-string literals anywhere in a document', () => {
    expect(hasStringLiteral(parse('{ points(weeks: 2) { total } }'))).toBe(
      false,
    );
    expect(hasStringLiteral(parse('{ echo(text: "a") }'))).toBe(true);
    expect(
      hasStringLiteral(parse('query($t: String = """b""") { echo(text: $t) }')),
    ).toBe(true);
    expect(
      hasStringLiteral(
        parse(
          '{ ...F } fragment F on Query { points(weeks: 1) { label(prefix: "x") } }',
        ),
      ),
    ).toBe(true);
  });

  it('never compiles a mutation', async () => {
    for (let i = 0; i < 3; i += 1) await run(compiled, 'mutation { bump }');
    expect(compileQuery).not.toHaveBeenCalled();
    expect(calls.bump).toBe(3);
  });
});
