import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../schema/index';
import { createRecordingTestGateway, type RecordingTestGateway } from '../testing/statement-recorder';
import { complexityLimitPlugin } from './complexity-limit-plugin';

/** `children { ... }` nested `levels` times around `leaf`: each level a list (complexity x10) one field deeper. */
const nested = (levels: number, leaf = 'pcode') => {
  let selection = leaf;
  for (let level = 0; level < levels; level += 1) selection = `children { ${selection} }`;
  return selection;
};

describe(`MAX_COMPLEXITY and MAX_DEPTH (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: RecordingTestGateway;

  beforeAll(async () => {
    gateway = await createRecordingTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('refuses an operation over MAX_COMPLEXITY (50,000) with Pothos’ message at its first root field, no data and no SQL', async () => {
    const query = `{ __typename centres { totalCount } governorates { ${nested(4)} } }`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { result, statements } = await gateway.statements.during(() => gateway.graphql(query));
      expect(result).toEqual({
        status: 200,
        errors: [
          {
            message: 'Query exceeds maximum complexity (complexity: 111114, max: 50000)',
            locations: [{ line: 1, column: 14 }],
            path: ['centres'],
          },
        ],
        data: null,
      });
      expect(statements).toEqual([]);
    }
  });

  it('measures an operation with its variables and fragments, and refuses only the one selected', async () => {
    const document = `
      query Deep($pcode: String!) { adminArea(pcode: $pcode) { ...Below } }
      query Shallow($pcode: String!) { adminArea(pcode: $pcode) { pcode } }
      fragment Below on AdminArea { ${nested(5)} }`;
    const ask = async (operationName: string, pcode: string) => {
      const response = await gateway.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName, variables: { pcode } }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    };
    for (const pcode of ['IQG10', 'IQG11', 'IQG10']) {
      const deep = await ask('Deep', pcode);
      expect(deep.errors?.map((error) => error.message)).toEqual([
        'Query exceeds maximum complexity (complexity: 111112, max: 50000)',
      ]);
      expect(deep.data).toBeNull();
      expect(await ask('Shallow', pcode)).toEqual({ data: { adminArea: { pcode } } });
    }
  });

  it('answers an operation within the limits', async () => {
    const response = await gateway.graphql(
      '{ centres(first: 50) { edges { node { name services { serviceType } area { name } } } } }',
      { headers: { 'accept-language': 'ar' } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ centres: { edges: [] } });
    const area = await gateway.graphql('query Area($pcode: String!) { adminArea(pcode: $pcode) { pcode } }', {
      variables: { pcode: 'IQG10' },
    });
    expect(area).toEqual({ status: 200, data: { adminArea: { pcode: 'IQG10' } } });
  });

  it('refuses an operation over MAX_DEPTH (12) before it executes', async () => {
    const { result, statements } = await gateway.statements.during(() =>
      gateway.graphql(`{ centres { totalCount } governorates { ${nested(11)} } }`),
    );
    // graphql-armor's depth limit (security-plugins.ts) refuses it first, while validating.
    expect(result.errors?.map((error) => error.message)).toEqual([
      'Syntax Error: Query depth limit of 12 exceeded, found 13.',
    ]);
    expect(result.data).toBeUndefined();
    expect(statements).toEqual([]);
  });
});

describe('complexityLimitPlugin on its own', () => {
  const yoga = createYoga({
    schema,
    plugins: [complexityLimitPlugin(schema, { complexity: 50_000, depth: 12 })],
  });
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as Promise<unknown>;
  };

  it('refuses an operation over MAX_DEPTH with Pothos’ message, depth checked before complexity', async () => {
    expect(
      await ask(`query Deep($pcode: String!) { adminArea(pcode: $pcode) { ${nested(12)} } }`, { pcode: 'IQG10' }),
    ).toEqual({
      errors: [
        {
          message: 'Query exceeds maximum depth (depth: 14, max: 12)',
          locations: [{ line: 1, column: 31 }],
          path: ['adminArea'],
        },
      ],
      data: null,
    });
  });

  it('refuses at the first root field that executes: fragments followed, @skip and @include applied, __typename aside', async () => {
    const response = await ask(
      `query Q($skip: Boolean!) { __typename skipped: governorates @skip(if: $skip) { pcode } ...Roots }
       fragment Roots on Query { ... on Query { first: governorates { ${nested(4)} } } }`,
      { skip: true },
    );
    expect(response).toMatchObject({ errors: [{ path: ['first'] }], data: null });
  });
});
