import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { oneValidateHook } from './one-validate-hook';

describe('oneValidateHook', () => {
  it('adds every plugin’s rules in order and calls their after-hooks, as separate hooks did', async () => {
    const seen: string[] = [];
    const ruleOf = (name: string): Plugin => ({
      onValidate({ addValidationRule }) {
        addValidationRule(() => {
          seen.push(`rule ${name}`);
          return {};
        });
        return ({ valid }) => {
          seen.push(`done ${name} ${valid}`);
        };
      },
    });
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } }),
      plugins: [oneValidateHook([ruleOf('a'), ruleOf('b')])],
    });
    const response = await yoga.fetch('http://gateway.test/graphql?query=%7Bhello%7D');
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
    expect(seen).toEqual(['rule a', 'rule b', 'done a true', 'done b true']);
  });

  it('refuses a plugin with another hook, which it would drop', () => {
    expect(() => oneValidateHook([{ onValidate: () => undefined, onParse: () => undefined }])).toThrow(/onParse/);
  });
});
