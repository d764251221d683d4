import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface OperationRoots {
  readonly operation: OperationDefinitionNode['operation'];
  /** Field names (not aliases) selected at the root, through fragments too. */
  readonly fields: readonly string[];
}

/** Remembered per document text: partners send the same few documents again and again. */
const MEMO_LIMIT = 1000;
const memo = new Map<string, OperationRoots | null>();

/**
 * The root fields of the operation a request runs, read from its document text; null
 * when the text does not parse or names no such operation (the request then fails
 * validation on its own and is not cached).
 */
export function operationRoots(documentText: string, operationName: string | null | undefined): OperationRoots | null {
  const memoKey = `${operationName ?? ''}\u0000${documentText}`;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  let roots: OperationRoots | null;
  try {
    roots = rootsOf(parse(documentText, { noLocation: true }), operationName ?? undefined);
  } catch {
    roots = null;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, roots);
  return roots;
}

function rootsOf(document: DocumentNode, operationName: string | undefined): OperationRoots | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (operation === undefined) return null;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fields = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return { operation: operation.operation, fields: [...fields] };
}
