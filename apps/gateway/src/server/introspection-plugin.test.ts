import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';

const STANDARD = getIntrospectionQuery({
  descriptions: true,
  inputValueDeprecation: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
});

describe(`introspection within limits (database: ${TEST_DATABASE_KIND})`, () => {
  let open: TestGateway;
  let production: TestGateway;

  beforeAll(async () => {
    open = await createTestGateway();
    production = await createTestGateway({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await open?.close();
    await production?.close();
  });

  it('answers the standard introspection query GraphiQL sends', async () => {
    const response = await open.graphql(STANDARD);
    expect(response.errors).toBeUndefined();
    expect(response.data).toHaveProperty('__schema');
  });

  it('refuses 40 nested ofType and 30 aliased introspections', async () => {
    const nested = `{ __schema { types { fields { type ${'{ ofType '.repeat(40)}{ name }${' }'.repeat(40)} } } } }`;
    const deep = await open.graphql(nested);
    expect(deep.errors?.[0]?.message).toMatch(/depth limit/);
    const aliased = `{ ${Array.from({ length: 30 }, (_, index) => `s${index}: __schema { types { name } }`).join(' ')} }`;
    const many = await open.graphql(aliased);
    expect(many.errors?.[0]?.message).toMatch(/introspect the schema once/);
    expect(many.data ?? null).toBeNull();
  });

  it('turns introspection and GraphiQL off for PUBLIC with NODE_ENV=production, not for a key holder', async () => {
    const response = await production.graphql('{ __schema { queryType { name } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    const typeQuery = await production.graphql('{ __type(name: "Centre") { name } }');
    expect(typeQuery.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    // __typename is not introspection of the schema: clients rely on it.
    expect((await production.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const page = await production.gateway.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});
