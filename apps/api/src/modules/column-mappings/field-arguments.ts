import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * The values of one argument of a child field, for every time the query
 * selects that field under the field being resolved (aliases, fragments and
 * variables included): lets a resolver do all the children's work in one pass
 * — previewImport reads the file once for every distinctValues(column) asked.
 */
export function fieldArgumentValues(
  info: GraphQLResolveInfo,
  fieldName: string,
  argumentName: string,
): unknown[] {
  const parentType = getNamedType(info.returnType);
  if (!(parentType instanceof GraphQLObjectType)) return [];
  const definition = parentType.getFields()[fieldName];
  if (!definition) return [];
  const values: unknown[] = [];
  const visit = (
    selectionSet: SelectionSetNode | undefined,
    seen: Set<string>,
  ) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === fieldName) {
        values.push(
          getArgumentValues(
            definition,
            selection as FieldNode,
            info.variableValues,
          )[argumentName],
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (
        selection.kind === Kind.FRAGMENT_SPREAD &&
        !seen.has(selection.name.value)
      ) {
        seen.add(selection.name.value);
        visit(
          (
            info.fragments[selection.name.value] as
              FragmentDefinitionNode | undefined
          )?.selectionSet,
          seen,
        );
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, new Set());
  return values;
}
