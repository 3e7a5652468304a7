import { buildSchema, parse, validate } from 'graphql';
import { depthLimitRule } from './depth-limit';

const schema = buildSchema(`
  type Organization { id: ID! departments: [Department!]! }
  type Department { id: ID! organization: Organization! }
  type Query { organization: Organization }
`);

const errorsOf = (query: string, maxDepth: number) =>
  validate(schema, parse(query), [depthLimitRule(maxDepth)]).map((error) => error.message);

describe(depthLimitRule.name, () => {
  // organization(1) → departments(2) → organization(3) → id(4)
  const fourDeep = '{ organization { departments { organization { id } } } }';

  it('accepts a query at the limit', () => {
    expect(errorsOf(fourDeep, 4)).toEqual([]);
  });

  it('refuses a query one level deeper, saying how deep it is', () => {
    expect(errorsOf(fourDeep, 3)).toEqual(['the query is 4 levels deep; at most 3 are allowed']);
  });

  it('counts through named and inline fragments', () => {
    const query = `
      query { organization { ...Org } }
      fragment Org on Organization { departments { ... on Department { organization { id } } } }`;
    expect(errorsOf(query, 3)).toEqual(['the query is 4 levels deep; at most 3 are allowed']);
  });

  it('does not count introspection meta fields', () => {
    expect(errorsOf('{ __typename organization { id } }', 2)).toEqual([]);
  });
});
