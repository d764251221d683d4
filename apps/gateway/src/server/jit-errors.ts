import { locatedError, visit, type DocumentNode, type FieldNode, type GraphQLError } from 'graphql';

const fieldsByPlace = new WeakMap<DocumentNode, ReadonlyMap<string, FieldNode>>();

/**
 * graphql-jit's field errors made graphql-js's: located at their field nodes, and the
 * error the field threw as `originalError`. graphql-jit keeps only line and column (yoga
 * rebuilds every error from its nodes, so the locations were lost) and gives a null of a
 * non-null field no `originalError` (yoga's masking then let its message through, where
 * graphql-js's answer is "Unexpected error.").
 */
export function locatedLikeGraphqlJs(errors: readonly GraphQLError[], document: DocumentNode): GraphQLError[] {
  const fields = fieldsOf(document);
  return errors.map((error) => {
    const nodes = (error.locations ?? [])
      .map(({ line, column }) => fields.get(`${line}:${column}`))
      .filter((node) => node !== undefined);
    return locatedError(error.originalError ?? new Error(error.message), nodes, error.path);
  });
}

/** The document's fields by the line and column they start at, which is all graphql-jit's errors keep of them. */
function fieldsOf(document: DocumentNode): ReadonlyMap<string, FieldNode> {
  let fields = fieldsByPlace.get(document);
  if (fields === undefined) {
    const found = new Map<string, FieldNode>();
    visit(document, {
      Field(node) {
        if (node.loc) found.set(`${node.loc.startToken.line}:${node.loc.startToken.column}`, node);
      },
    });
    fields = found;
    fieldsByPlace.set(document, fields);
  }
  return fields;
}
