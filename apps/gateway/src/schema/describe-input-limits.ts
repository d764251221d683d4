import { isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { describeInputLimit, inputLimitOf } from './input-limits';

/**
 * Appends each argument's and input field's budget (input-limits.ts) to its description,
 * so the printed contract shows the limits the gateway enforces. Runs once on the built schema.
 */
export function describeInputLimits(schema: GraphQLSchema): GraphQLSchema {
  const annotate = (target: { description?: string | null | undefined }, sentence: string | undefined) => {
    // Already said (the page-size arguments describe their maximum themselves).
    if (sentence === undefined || target.description?.toLowerCase().includes(sentence.toLowerCase().replace(/\.$/, '')))
      return;
    target.description = target.description ? `${target.description} ${sentence}` : sentence;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) {
          annotate(
            argument,
            describeInputLimit(
              inputLimitOf(`${type.name}.${field.name}.${argument.name}`, argument.name, argument.type),
            ),
          );
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        annotate(field, describeInputLimit(inputLimitOf(`${type.name}.${field.name}`, field.name, field.type)));
      }
    }
  }
  return schema;
}
