import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printedSchema } from './printed-schema';

const committed = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');

describe('schema.graphql', () => {
  it('is the schema the gateway serves (run `pnpm --filter @crc/gateway print-schema` after changing it)', () => {
    expect(printedSchema()).toBe(committed);
  });

  it('describes every type, field and argument', async () => {
    const { schema } = await import('./index');
    const { isObjectType, isInputObjectType, isInterfaceType, isEnumType } = await import('graphql');
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description && !['Boolean', 'String', 'Int', 'Float', 'ID', 'Query', 'Mutation'].includes(type.name))
        undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          if ('args' in field)
            for (const arg of field.args)
              if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });
});
