import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { oneExecuteObserver } from './one-execute-observer';

describe('oneExecuteObserver', () => {
  it('calls each observer in order, before and after the execution, as separate hooks did', async () => {
    const seen: string[] = [];
    const observer = (name: string): Plugin => ({
      onExecute({ args }) {
        seen.push(`execute ${name} ${String(args.operationName ?? null)}`);
        return {
          onExecuteDone({ result }) {
            seen.push(`done ${name} ${JSON.stringify('data' in result ? result.data : null)}`);
          },
        };
      },
    });
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } }),
      plugins: [oneExecuteObserver([observer('a'), { onExecute: () => undefined }, observer('b')])],
    });
    const response = await yoga.fetch('http://gateway.test/graphql?query=%7Bhello%7D');
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
    expect(seen).toEqual(['execute a null', 'execute b null', 'done a {"hello":"hi"}', 'done b {"hello":"hi"}']);
  });

  it('refuses a plugin with another hook, which it would drop', () => {
    expect(() => oneExecuteObserver([{ onExecute: () => undefined, onParse: () => undefined }])).toThrow(/onParse/);
  });
});
