import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ExecutionArgs,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { inputLimitOf, refusedTextReason } from '../schema/input-limits';

/** One value over its budget or refused text: named by its path (`nodes.ids`, `beneficiaries.filter.search`). */
export interface InputBudgetViolation {
  readonly argument: string;
  readonly message: string;
  readonly limit?: number;
}

const MAX_REPORTED = 10;

/**
 * Checks every argument of the operation, variables included, against its budget
 * (schema/input-limits.ts) before any resolver runs: lists, text lengths, page sizes,
 * and text PostgreSQL would refuse. A violation answers BAD_USER_INPUT naming the
 * argument and the limit; nothing executes.
 */
export function inputBudgetPlugin(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop types the execution arguments as `any` (it does not depend on graphql).
      const { document, operationName, schema, variableValues } = args as ExecutionArgs;
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (operationName == null || definition.name?.value === operationName),
      );
      if (!operation) return;
      const violations = violationsOf(schema, operation, variableValues ?? {});
      if (violations.length === 0) return;
      setResultAndStopExecution({
        errors: violations.map((violation) => {
          // As the fields' own validation names it: the argument path below the field (`filter.search`).
          const field = violation.argument.slice(violation.argument.indexOf('.') + 1);
          const code = violation.limit === undefined ? 'invalid_value' : 'too_big';
          return new GraphQLError(violation.message, {
            extensions: {
              code: 'BAD_USER_INPUT',
              argument: violation.argument,
              field,
              // The shape of every refused argument (errors/argument-validation-error.ts).
              issues: [{ field, label: field, message: violation.message, code }],
              ...(violation.limit === undefined ? {} : { limit: violation.limit }),
              http: { status: 400 },
            },
          });
        }),
      });
    },
  };
}

// An operation without variables has the same violations every time it is sent, and yoga's
// parser cache hands out the same document object for the same text: walking it once per
// document instead of once per request took about 150 us off each partner query (issue 13).
const violationsOfConstantOperations = new WeakMap<
  GraphQLSchema,
  WeakMap<OperationDefinitionNode, InputBudgetViolation[]>
>();

function violationsOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): InputBudgetViolation[] {
  if ((operation.variableDefinitions?.length ?? 0) > 0) return inputBudgetViolations(schema, operation, rawVariables);
  let known = violationsOfConstantOperations.get(schema);
  if (known === undefined) {
    known = new WeakMap();
    violationsOfConstantOperations.set(schema, known);
  }
  let violations = known.get(operation);
  if (violations === undefined) {
    violations = inputBudgetViolations(schema, operation, {});
    known.set(operation, violations);
  }
  return violations;
}

/** Every violation of the operation's arguments (at most 10), or none. */
export function inputBudgetViolations(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): InputBudgetViolation[] {
  const violations: InputBudgetViolation[] = [];
  // Variables are checked as the field receives them: coerced, exactly as execution would.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) return violations; // execution reports invalid variables itself
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!field || !parent || field.args.length === 0) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(field, node, coerced.coerced);
        } catch {
          return; // invalid literal: validation or execution names it
        }
        for (const argument of field.args) {
          if (!(argument.name in values)) continue;
          checkValue(
            values[argument.name],
            argument.type,
            `${parent.name}.${field.name}.${argument.name}`,
            argument.name,
            `${field.name}.${argument.name}`,
            violations,
          );
        }
      },
    }),
  );
  return violations.slice(0, MAX_REPORTED);
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  coordinate: string,
  name: string,
  path: string,
  violations: InputBudgetViolation[],
): void {
  if (value === null || value === undefined || violations.length >= MAX_REPORTED) return;
  const limit = inputLimitOf(coordinate, name, type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value)) {
    if (limit.items !== undefined && value.length > limit.items) {
      violations.push({
        argument: path,
        limit: limit.items,
        message: `${path} accepts at most ${limit.items} items; ${value.length} were sent.`,
      });
      return; // the items of a list already refused are not worth reading
    }
    value.forEach((item, index) => checkValue(item, inner.ofType, coordinate, name, `${path}[${index}]`, violations));
    return;
  }
  if (typeof value === 'string') {
    if (limit.characters !== undefined && value.length > limit.characters) {
      violations.push({
        argument: path,
        limit: limit.characters,
        message: `${path} accepts at most ${limit.characters} characters; ${value.length} were sent.`,
      });
      return;
    }
    const refused = refusedTextReason(value);
    if (refused) violations.push({ argument: path, message: `${path} ${refused}.` });
    return;
  }
  if (typeof value === 'number') {
    if (limit.maximum !== undefined && value > limit.maximum) {
      violations.push({
        argument: path,
        limit: limit.maximum,
        message: `${path} may be at most ${limit.maximum}; ${value} was sent.`,
      });
    }
    return;
  }
  const named = getNamedType(type);
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = named.getFields();
    for (const [key, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) checkValue(fieldValue, field.type, `${named.name}.${key}`, key, `${path}.${key}`, violations);
    }
  }
}
