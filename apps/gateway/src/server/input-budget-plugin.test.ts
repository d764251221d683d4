import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingTestGateway, type RecordingTestGateway } from '../testing/statement-recorder';
import type { TestGateway } from '../testing/test-gateway';

describe(`request budget: every list and text argument is bounded before anything runs (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: RecordingTestGateway;

  beforeAll(async () => {
    gateway = await createRecordingTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const refusal = (response: Awaited<ReturnType<TestGateway['graphql']>>) => response.errors?.[0];

  it('refuses 100,000 ids sent through a variable to nodes(ids:), naming the argument and the limit, without a statement', async () => {
    // Short ids, so the body stays under MAX_BODY_BYTES and the variable itself is what gets refused.
    const ids = Array.from({ length: 100_000 }, (_, index) => String(index));
    const started = performance.now();
    const { result: response, statements } = await gateway.statements.during(() =>
      gateway.graphql('query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }', { variables: { ids } }),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(refusal(response)).toMatchObject({
      message: 'nodes.ids accepts at most 100 items; 100000 were sent.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'nodes.ids', limit: 100 },
    });
    expect(response.data ?? null).toBeNull();
    expect(statements).toEqual([]);
  });

  it('refuses 1,000 age brackets and a 10,000-character search in a literal', async () => {
    const brackets = Array.from({ length: 1000 }, (_, index) => index).join(',');
    const reach = await gateway.graphql(`{ reach(by: [AGE_BRACKET], ageBrackets: [${brackets}]) { unit } }`);
    expect(refusal(reach)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'reach.ageBrackets',
      limit: 20,
    });

    const search = await gateway.graphql(
      'query Find($text: String!) { organisations(filter: { search: $text }) { totalCount } }',
      {
        variables: { text: 'a'.repeat(10_000) },
      },
    );
    expect(refusal(search)).toMatchObject({
      message: 'organisations.filter.search accepts at most 100 characters; 10000 were sent.',
      extensions: { argument: 'organisations.filter.search', limit: 100 },
    });
  });

  it('refuses a page size over 100 and an enum list longer than its values', async () => {
    const page = await gateway.graphql('{ centres(first: 101) { totalCount } }');
    expect(refusal(page)?.extensions).toMatchObject({ argument: 'centres.first', limit: 100 });
    const types = Array(50).fill('DISBURSEMENT').join(',');
    const funding = await gateway.graphql(
      `{ fundingByDonor(programmeId: "x", transactionTypes: [${types}]) { amount } }`,
    );
    expect(refusal(funding)?.extensions?.argument).toBe('fundingByDonor.transactionTypes');
  });

  it('answers a NUL character or an unpaired surrogate as a validation error naming the field, not "Unexpected error."', async () => {
    const nul = await gateway.graphql('{ organisations(filter: { search: "A\\u0000B" }) { totalCount } }');
    expect(refusal(nul)).toMatchObject({
      message: 'organisations.filter.search contains a NUL character (U+0000).',
      extensions: { code: 'BAD_USER_INPUT', argument: 'organisations.filter.search' },
    });
    const surrogate = await gateway.graphql('query Area($text: String!) { resolveArea(text: $text) { score } }', {
      variables: { text: 'Mosul\uD800' },
    });
    expect(refusal(surrogate)?.extensions?.argument).toBe('resolveArea.text');
  });

  it('refuses a body over MAX_BODY_BYTES with 413 before reading it', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
    const response = await gateway.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 1_000_000 } }],
    });
  });

  it('counts a body sent without Content-Length (chunked) as it is read: 413 over MAX_BODY_BYTES, answered under it', async () => {
    const chunked = (text: string) =>
      gateway.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            const bytes = new TextEncoder().encode(text);
            for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
    const over = await chunked(
      JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    );
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 1_000_000 } }],
    });
    const under = await chunked(
      JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(900_000) } }),
    );
    expect(under.status).toBe(200);
    expect(await under.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a Content-Length that is not a byte count with 400', async () => {
    const response = await gateway.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10, 10' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(400);
  });

  it('refuses a literal over its budget every time it is sent, and checks the variables of each request anew', async () => {
    // The checks of an operation without variables are remembered per parsed document: the second send must not pass.
    for (let sent = 0; sent < 2; sent += 1) {
      const page = await gateway.graphql('{ centres(first: 101) { totalCount } }');
      expect(refusal(page)?.extensions).toMatchObject({ argument: 'centres.first', limit: 100 });
    }
    const query = 'query Page($first: Int) { centres(first: $first) { totalCount } }';
    expect((await gateway.graphql(query, { variables: { first: 10 } })).errors).toBeUndefined();
    expect(refusal(await gateway.graphql(query, { variables: { first: 101 } }))?.extensions).toMatchObject({
      argument: 'centres.first',
      limit: 100,
    });
    expect((await gateway.graphql(query, { variables: { first: 10 } })).errors).toBeUndefined();
  });

  it('lets requests within their budget through', async () => {
    const response = await gateway.graphql('{ organisations(first: 100, filter: { search: "IOM" }) { totalCount } }');
    expect(response.errors).toBeUndefined();
  });
});
