import {
  FragmentDefinitionNode,
  GraphQLResolveInfo,
  Kind,
  SelectionSetNode,
} from 'graphql';

function inSelection(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name)
      return true;
    if (
      selection.kind === Kind.INLINE_FRAGMENT &&
      inSelection(selection.selectionSet, name, fragments, seen)
    )
      return true;
    if (
      selection.kind === Kind.FRAGMENT_SPREAD &&
      !seen.has(selection.name.value)
    ) {
      seen.add(selection.name.value);
      if (
        inSelection(
          fragments[selection.name.value]?.selectionSet,
          name,
          fragments,
          seen,
        )
      )
        return true;
    }
  }
  return false;
}

/**
 * Whether the query asks for `name` directly under the field being resolved
 * (through fragments too): lets a resolver start a child field's load
 * alongside its own instead of after it.
 */
export function selectsField(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  name: string,
): boolean {
  return info.fieldNodes.some((node) =>
    inSelection(node.selectionSet, name, info.fragments, new Set()),
  );
}
