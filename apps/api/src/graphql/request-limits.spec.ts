import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  DefinitionNode,
  DocumentNode,
  GraphQLError,
  Kind,
  parse,
  print,
  validate,
} from 'graphql';
import { formatGraphQLError } from './format-error';
import {
  PARSE_OPTIONS,
  REQUEST_LIMITS,
  requestLimitRules,
} from './request-limits';

const ROOT = join(__dirname, '../../../..');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return graphqlFiles(path);
    return name.endsWith('.graphql') ? [path] : [];
  });
}

const fragmentSpreads = (node: unknown, into: Set<string>): Set<string> => {
  if (Array.isArray(node))
    node.forEach((child) => fragmentSpreads(child, into));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.kind === Kind.FRAGMENT_SPREAD)
      into.add((record.name as { value: string }).value);
    Object.entries(record).forEach(
      ([key, child]) => key !== 'loc' && fragmentSpreads(child, into),
    );
  }
  return into;
};

/** Each dashboard operation as the generated client sends it: with the fragments it uses. */
function dashboardOperations(): { name: string; text: string }[] {
  const definitions: DefinitionNode[] = graphqlFiles(
    join(ROOT, 'apps/dashboard/src'),
  ).flatMap((file) => parse(readFileSync(file, 'utf8')).definitions);
  const fragments = new Map(
    definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  return definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    const used = new Set<string>();
    let frontier = fragmentSpreads(definition, new Set());
    while ([...frontier].some((name) => !used.has(name))) {
      const next = new Set<string>();
      frontier.forEach((name) => {
        if (used.has(name)) return;
        used.add(name);
        fragmentSpreads(fragments.get(name), next);
      });
      frontier = next;
    }
    const text = [definition, ...[...used].map((name) => fragments.get(name)!)]
      .map(print)
      .join('\n');
    return [{ name: definition.name?.value ?? '(anonymous)', text }];
  });
}

const schema = buildSchema(
  readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'),
);
const limitErrors = (document: DocumentNode) =>
  validate(schema, document, requestLimitRules());

describe('request limits', () => {
  const operations = dashboardOperations();

  it('finds the dashboard’s documents', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'BusinessCasePage',
        'RoadmapPage',
        'MaturityPage',
      ]),
    );
  });

  it.each(operations.map((o) => [o.name, o.text]))(
    'lets the dashboard’s %s through',
    (_name, text) => {
      const document = parse(text, PARSE_OPTIONS);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      expect(limitErrors(document).map((e) => e.message)).toEqual([]);
    },
  );

  const refusal = (query: string) => {
    const [error] = limitErrors(parse(query));
    return {
      message: error?.message,
      extensions: (error?.originalError as { extensions?: unknown })
        ?.extensions,
    };
  };

  it('refuses one alias more than the limit, naming the limit and its value', () => {
    const aliases = Array.from(
      { length: REQUEST_LIMITS.aliases + 1 },
      (_, i) => `a${i}: me { id }`,
    ).join(' ');
    expect(refusal(`{ ${aliases} }`)).toEqual({
      message: 'the query uses 31 aliases; at most 30 aliases are allowed',
      extensions: { limit: 'aliases', max: 30 },
    });
    expect(limitErrors(parse(`{ ${aliases.replace(/^a0: /, '')} }`))).toEqual(
      [],
    );
  });

  it('counts depth through named and inline fragments, not by them', () => {
    // organization(1) → 4 × departments, organization (9) → id(10): at the limit.
    let selection = 'id';
    for (let level = 0; level < 4; level += 1)
      selection = `departments { organization { ${selection} } }`;
    const atLimit = `query { organization(id: "x") { ...Org } } fragment Org on Organization { ... on Organization { ${selection} } }`;
    expect(limitErrors(parse(atLimit))).toEqual([]);
    // One level more: organization { id } → organization { departments { id } }.
    const tooDeep = atLimit.replace(
      'organization { id }',
      'organization { departments { id } }',
    );
    expect(refusal(tooDeep)).toEqual({
      message: 'the query is 11 levels deep; at most 10 are allowed',
      extensions: { limit: 'depth', max: 10 },
    });
  });

  it('refuses a document over the token limit while parsing it', () => {
    const fields = Array.from(
      { length: REQUEST_LIMITS.tokens },
      () => 'id',
    ).join(' ');
    expect(() => parse(`{ me { ${fields} } }`, PARSE_OPTIONS)).toThrow(
      /more that 2000 tokens/,
    );
  });

  it('formats a refusal as BAD_USER_INPUT naming the limit, without a stack', () => {
    const [error] = limitErrors(
      parse(
        `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
      ),
    );
    // Apollo wraps it as a validation failure whose cause is ours.
    const wrapped = new GraphQLError(error.message, {
      originalError: error.originalError,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatGraphQLError(
      {
        message: wrapped.message,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'] },
      },
      wrapped,
      jest.fn(),
    );
    expect(formatted).toEqual({
      message: 'the query uses 40 aliases; at most 30 aliases are allowed',
      extensions: { code: 'BAD_USER_INPUT', limit: 'aliases', max: 30 },
    });
    const tokens = formatGraphQLError(
      {
        message:
          'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
      new GraphQLError(
        'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
      ),
      jest.fn(),
    );
    expect(tokens).toEqual({
      message: 'the query is longer than 2000 tokens',
      extensions: { code: 'BAD_USER_INPUT', limit: 'tokens', max: 2000 },
    });
  });
});
