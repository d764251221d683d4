import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { readinessStep } from './readiness-plugin';
import { requestStepsPlugin } from './request-steps';

describe('/ready', () => {
  let failure: Error | undefined;
  const checked: string[] = [];
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } }),
    plugins: [
      requestStepsPlugin([
        readinessStep(() => {
          checked.push('check');
          return failure ? Promise.reject(failure) : Promise.resolve();
        }),
      ]),
    ],
  });

  it('answers 200 with an empty body while the check passes, also with a query string', async () => {
    for (const url of ['http://gateway.test/ready', 'http://gateway.test/ready?probe=1']) {
      const response = await yoga.fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    }
  });

  it('answers 503 with the check’s message when it fails', async () => {
    failure = new Error('database unreachable');
    try {
      const response = await yoga.fetch('http://gateway.test/ready');
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('database unreachable');
    } finally {
      failure = undefined;
    }
  });

  it('leaves every other request alone, without checking', async () => {
    checked.length = 0;
    const response = await yoga.fetch('http://gateway.test/graphql?query=%7Bhello%7D');
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
    expect((await yoga.fetch('http://gateway.test/readyish')).status).toBe(404);
    expect(checked).toEqual([]);
  });
});
