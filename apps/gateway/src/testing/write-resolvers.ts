import ts from 'typescript';

/** A mutation field's `resolve:`, where it sits and how many lines it spans. */
export interface WriteResolver {
  readonly file: string;
  readonly mutation: string;
  readonly line: number;
  readonly lines: number;
}

/** A write the command layer owns, found outside it. */
export interface DirectWrite {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const MUTATION_FIELD_CALLS = new Set(['mutationField', 'mutationFields']);

function lineOf(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line + 1;
}

/** `builder.mutationField(...)` or `builder.mutationFields(...)`: the callee's method name. */
function mutationCall(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    MUTATION_FIELD_CALLS.has(node.expression.name.text)
  );
}

/** The field builder's name (`t`) of `(t) => ...`, the callback of a mutation call. */
function fieldBuilderName(call: ts.CallExpression): string | undefined {
  const callback = call.arguments.find((argument) => ts.isArrowFunction(argument) || ts.isFunctionExpression(argument));
  const parameter = callback?.parameters[0]?.name;
  return parameter !== undefined && ts.isIdentifier(parameter) ? parameter.text : undefined;
}

/** Whether a call is `t.field(...)`, `t.prismaField(...)`, `t.fieldWithInput(...)`, ... on the field builder. */
function isFieldBuilderCall(node: ts.Node, builderName: string): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === builderName
  );
}

/** The mutation's name: the mutationField's first argument, or the property of mutationFields' object. */
function mutationName(call: ts.CallExpression, fieldCall: ts.CallExpression, source: ts.SourceFile): string {
  const [first] = call.arguments;
  if (first !== undefined && ts.isStringLiteral(first)) return first.text;
  const parent = fieldCall.parent;
  return ts.isPropertyAssignment(parent) ? parent.name.getText(source) : '?';
}

/**
 * Every `resolve:` of a mutation field in a TypeScript source: the `resolve` property of
 * the options of a `t.<kind>(...)` call inside `builder.mutationField(s)`, measured from
 * `resolve:` to the end of its value, in lines.
 */
export function writeResolversIn(file: string, text: string): WriteResolver[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: WriteResolver[] = [];
  const visit = (node: ts.Node): void => {
    if (mutationCall(node)) {
      const builderName = fieldBuilderName(node);
      const call = node;
      const inside = (child: ts.Node): void => {
        if (builderName !== undefined && isFieldBuilderCall(child, builderName)) {
          for (const options of child.arguments.filter(ts.isObjectLiteralExpression)) {
            for (const property of options.properties) {
              if (property.name?.getText(source) !== 'resolve') continue;
              const line = lineOf(source, property.getStart(source));
              found.push({
                file,
                mutation: mutationName(call, child, source),
                line,
                lines: lineOf(source, property.getEnd()) - line + 1,
              });
            }
          }
        }
        ts.forEachChild(child, inside);
      };
      ts.forEachChild(node, inside);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Transactions and audit writes in a source, which belong to @crc/db's commands:
 * `$transaction`, `writeAudit(s)` and `auditLog.create(Many)`, in code (comments and
 * strings do not count).
 */
export function directWritesIn(file: string, text: string): DirectWrite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: DirectWrite[] = [];
  const visit = (node: ts.Node): void => {
    const isTransaction = ts.isIdentifier(node) && node.text === '$transaction';
    const isAuditWrite = ts.isIdentifier(node) && (node.text === 'writeAudit' || node.text === 'writeAudits');
    const isAuditCreate =
      ts.isPropertyAccessExpression(node) &&
      (node.name.text === 'create' || node.name.text === 'createMany') &&
      /\bauditLog$/.test(node.expression.getText(source));
    if (isTransaction || isAuditWrite || isAuditCreate) {
      const start = node.getStart(source);
      found.push({ file, line: lineOf(source, start), text: node.getText(source) });
      if (isAuditCreate) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
