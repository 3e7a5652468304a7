import {
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  parse,
} from 'graphql';
import { selectsField } from './selects-field';

/** The info of the first root field of `query`, as graphql-js would pass it. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD) throw new Error('a field first');
  return { fieldNodes: [field], fragments };
}

describe(selectsField.name, () => {
  it('finds a field asked for directly', () => {
    expect(
      selectsField(
        infoOf('{ department(id: "x") { id baseline { totalRequests } } }'),
        'baseline',
      ),
    ).toBe(true);
    expect(
      selectsField(infoOf('{ department(id: "x") { id name } }'), 'baseline'),
    ).toBe(false);
  });

  it('finds it through named and inline fragments, not deeper down', () => {
    const query = `{ department(id: "x") { ...A } } fragment A on Department { id ... on Department { ...B } } fragment B on Department { baseline { auditId } }`;
    expect(selectsField(infoOf(query), 'baseline')).toBe(true);
    expect(
      selectsField(
        infoOf('{ department(id: "x") { organization { baseline: name } } }'),
        'baseline',
      ),
    ).toBe(false);
  });

  it('survives a fragment cycle (refused by validation anyway)', () => {
    const query = `{ department(id: "x") { ...A } } fragment A on Department { ...B } fragment B on Department { ...A }`;
    expect(selectsField(infoOf(query), 'baseline')).toBe(false);
  });
});
