import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { seedPeople, type PeopleFixture } from '../schema/people/people-fixtures';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';
import { createGateway, type Gateway } from './create-gateway';

interface Asked {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly role?: keyof PeopleFixture['keys'];
  readonly headers?: Record<string, string>;
}

/** One gateway over the test database with its own COMPILE_ON_EXECUTION and a registry to read its counter. */
function gatewayCompilingOn(test: TestGateway, onExecution: number) {
  const registry = new Registry();
  const gateway: Gateway = createGateway({
    config: { ...test.config, COMPILE_ON_EXECUTION: onExecution },
    db: test.db,
    logger: pino({ level: 'silent' }),
    registry,
  });
  return {
    async ask({ query, variables = {}, role, headers = {} }: Asked, keys: PeopleFixture['keys']) {
      const response = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(role ? { authorization: `Bearer ${keys[role]}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    async compiledExecutions() {
      const metric = await registry.getSingleMetric('gateway_compiled_executions_total')?.get();
      return metric?.values[0]?.value ?? 0;
    },
  };
}

const CENTRES_PAGE = '{ centres(first: 50) { edges { node { name services { serviceType } area { name } } } } }';

describe(`compiled execution (graphql-jit) of hot queries (database: ${TEST_DATABASE_KIND})`, () => {
  let test: TestGateway;
  let fixture: PeopleFixture;
  let compiled: ReturnType<typeof gatewayCompilingOn>;
  let interpreted: ReturnType<typeof gatewayCompilingOn>;

  beforeAll(async () => {
    test = await createTestGateway();
    fixture = await seedPeople(test);
    await test.db.prisma.centreService.createMany({
      data: [
        { centreId: fixture.centreA, serviceType: 'legal_counselling' },
        { centreId: fixture.centreA, serviceType: 'psychosocial_support' },
      ],
    });
    await test.db.prisma.centrePartner.create({
      data: { centreId: fixture.centreA, organisationId: fixture.organisation, role: 'implementing' },
    });
    compiled = gatewayCompilingOn(test, 1);
    interpreted = gatewayCompilingOn(test, 0);
  });
  afterAll(async () => {
    await test?.close();
  });

  // Each: the document, whether graphql-jit may run it, and what the answer must show.
  const cases: readonly (Asked & { name: string; compiles: boolean; shows: (body: unknown) => void })[] = [
    {
      name: 'the partner centres page in Arabic',
      query: CENTRES_PAGE,
      headers: { 'accept-language': 'ar' },
      compiles: true,
      shows: (body) => expect(JSON.stringify(body)).toContain('LEGAL_COUNSELLING'),
    },
    {
      name: 'relations nested in relations (loaded with the page, not again per row)',
      query:
        '{ centres(first: 10) { edges { node { name partners { role organisation { name centres { totalCount } } } } } } }',
      compiles: true,
      shows: (body) => expect(JSON.stringify(body)).toContain('Legal Aid Partner'),
    },
    {
      name: 'only __typename',
      query: '{ __typename }',
      compiles: true,
      shows: (body) => expect(body).toEqual({ data: { __typename: 'Query' } }),
    },
    {
      name: 'variables, an alias, a fragment, @include and __typename',
      query: `query Page($first: Int!, $withArea: Boolean!) {
        page: centres(first: $first) { totalCount edges { cursor node { ...C __typename } } pageInfo { hasNextPage endCursor } }
      }
      fragment C on Centre { id code name area @include(if: $withArea) { pcode name } }`,
      variables: { first: 1, withArea: true },
      compiles: true,
      shows: (body) =>
        expect(body).toMatchObject({ data: { page: { totalCount: 2, pageInfo: { hasNextPage: true } } } }),
    },
    {
      name: 'a variable of the wrong type (left to graphql-js, which words the refusal)',
      query: 'query ($first: Int) { centres(first: $first) { totalCount } }',
      variables: { first: 'many' },
      compiles: false,
      shows: (body) => expect(body).toMatchObject({ errors: [{ message: expect.stringContaining('$first') }] }),
    },
    {
      name: 'a forbidden field: its error, and null in its place',
      query: '{ feedbackEntries(first: 5) { totalCount edges { node { id } } } }',
      compiles: true,
      shows: (body) =>
        expect(body).toMatchObject({
          data: { feedbackEntries: null },
          errors: [{ extensions: { code: 'FORBIDDEN' } }],
        }),
    },
    {
      name: 'an error in a non-null root field: null carried up to data, the other root field lost',
      query: `{ governorates { pcode } centres(first: 1, filter: { areaPcode: "IQG99" }) { totalCount } }`,
      compiles: true,
      shows: (body) => expect(body).toMatchObject({ data: null, errors: [{ path: ['centres'] }] }),
    },
    {
      name: 'a personal field hidden from staff of another centre (Beneficiary: never compiled)',
      query: '{ beneficiaries { edges { node { registrationCentreId givenName } } } }',
      role: 'STAFF_B',
      compiles: false,
      shows: (body) => expect(JSON.stringify(body)).not.toContain('محمد'),
    },
    {
      name: 'a personal field shown to staff of the person’s centre (Beneficiary: never compiled)',
      query: '{ beneficiaries { edges { node { registrationCentreId givenName } } } }',
      role: 'STAFF_A',
      compiles: false,
      shows: (body) => expect(JSON.stringify(body)).toContain('محمد'),
    },
    {
      name: 'node(id:), an abstract type (never compiled)',
      query: `{ node(id: "${encodeGlobalID('Centre', '00000000-0000-0000-0000-000000000000')}") { id } }`,
      compiles: false,
      shows: (body) => expect(body).toMatchObject({ data: { node: null } }),
    },
    {
      name: 'a mutation (never compiled)',
      query: 'mutation { erasePerson(beneficiaryId: "00000000-0000-0000-0000-000000000000") { __typename } }',
      compiles: false,
      shows: (body) => expect(JSON.stringify(body)).toMatch(/Forbidden|FORBIDDEN/),
    },
  ];

  for (const asked of cases) {
    it(`${asked.name}: the same answer as graphql-js`, async () => {
      const before = await compiled.compiledExecutions();
      const expected = await interpreted.ask(asked, fixture.keys);
      const answer = await compiled.ask(asked, fixture.keys);
      expect(answer).toEqual(expected);
      asked.shows(answer.body);
      expect(await compiled.compiledExecutions()).toBe(before + (asked.compiles ? 1 : 0));
    });
  }

  it('compiles a document on its third execution (COMPILE_ON_EXECUTION default), not a document seen once', async () => {
    const onExecution = loadConfig({}).COMPILE_ON_EXECUTION;
    expect(onExecution).toBe(3);
    const byDefault = gatewayCompilingOn(test, onExecution);
    const once = '{ centres(first: 2) { edges { node { code } } } }';
    const counts: number[] = [];
    for (let execution = 0; execution < 4; execution += 1) {
      await byDefault.ask({ query: CENTRES_PAGE }, fixture.keys);
      counts.push(await byDefault.compiledExecutions());
    }
    expect(counts).toEqual([0, 0, 1, 2]);
    await byDefault.ask({ query: once }, fixture.keys);
    expect(await byDefault.compiledExecutions()).toBe(2);
  });
});
