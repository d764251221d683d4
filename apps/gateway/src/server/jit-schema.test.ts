import { pino } from 'pino';
import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCentre, seedOrganisation } from '../schema/centres/centre-fixtures.test-data';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';
import { createGateway } from './create-gateway';
import { jitSchema } from './jit-schema';

type Path = GraphQLResolveInfo['path'];

/** A schema whose object fields hand back the path they were resolved at. */
function pathSchema(): GraphQLSchema {
  const seen: GraphQLFieldResolver<unknown, object> = (_parent, _args, _context, info) => ({ path: info.path });
  const Obj: GraphQLObjectType = new GraphQLObjectType({
    name: 'Obj',
    fields: () => ({ child: { type: Obj, resolve: seen }, leaf: { type: GraphQLString } }),
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { obj: { type: Obj, resolve: seen } } }),
  });
}

/** A new path for every call, as graphql-jit builds one for every resolver call. */
function pathOf(keys: readonly (string | number)[]): Path {
  let path: Path | undefined;
  for (const key of keys) path = { prev: path, key, typename: undefined };
  return path!;
}

/** The path the field at `keys` (a root field or `child`) was given by the jit schema's resolver. */
function resolvedPath(schema: GraphQLSchema, context: object, keys: readonly (string | number)[]): Path {
  const field =
    keys.length === 1
      ? schema.getQueryType()!.getFields().obj!
      : (schema.getType('Obj') as GraphQLObjectType).getFields().child!;
  const info = { path: pathOf(keys) } as GraphQLResolveInfo;
  return (field.resolve!({}, {}, context, info) as { path: Path }).path;
}

describe('jitSchema: response path links', () => {
  it('gives every request the same link for the same path, its parent the link of the parent path', () => {
    const schema = jitSchema(pathSchema());
    const [first, second] = [{}, {}];
    const link = resolvedPath(schema, first, ['obj', 'child', 0, 'child']);
    expect(resolvedPath(schema, first, ['obj', 'child', 0, 'child'])).toBe(link);
    expect(resolvedPath(schema, second, ['obj', 'child', 0, 'child'])).toBe(link);
    expect(link.prev?.prev).toBe(resolvedPath(schema, second, ['obj', 'child']));
    expect(link.prev?.key).toBe(0);
    expect(resolvedPath(schema, second, ['obj', 'child', 1, 'child'])).not.toBe(link);
    expect(resolvedPath(schema, second, ['obj', 'alias'])).not.toBe(link.prev?.prev);
  });

  it('past `sharedLinks` links, gives new paths links of their own request, shared within it', () => {
    const schema = jitSchema(pathSchema(), { sharedLinks: 3 });
    const [first, second] = [{}, {}];
    // obj, obj.child, obj.child.child: the three shared links.
    const sharedLink = resolvedPath(schema, first, ['obj', 'child', 'child']);
    const own = resolvedPath(schema, first, ['obj', 'child', 'child', 'child']);
    expect(own.prev).toBe(sharedLink);
    expect(resolvedPath(schema, first, ['obj', 'child', 'child', 'child'])).toBe(own);
    const otherOwn = resolvedPath(schema, second, ['obj', 'child', 'child', 'child']);
    expect(otherOwn).not.toBe(own);
    expect(otherOwn.prev).toBe(sharedLink);
    // Beneath a request's own link, the request's own links.
    const ownChild = resolvedPath(schema, first, ['obj', 'child', 'child', 'child', 'child']);
    expect(ownChild.prev).toBe(own);
    expect(resolvedPath(schema, first, ['obj', 'child', 'child', 'child', 'child'])).toBe(ownChild);
    expect(resolvedPath(schema, second, ['obj', 'child', 'child', 'child', 'child'])).not.toBe(ownChild);
    // A new root field too; the links shared before the tree filled stay shared.
    expect(resolvedPath(schema, first, ['other'])).not.toBe(resolvedPath(schema, second, ['other']));
    expect(resolvedPath(schema, second, ['obj', 'child', 'child'])).toBe(sharedLink);
  });
});

const DOCUMENTS = [
  '{ centres(first: 10) { edges { node { code services { serviceType } } } } }',
  '{ centres(first: 10) { edges { node { code services { serviceType notes } } } } }',
  '{ centres(first: 10) { edges { node { name services { notes } partners { role organisation { name } } } } } }',
  '{ centres(first: 10) { edges { node { code area { pcode } } } } }',
];

describe('compiled execution with links shared by all requests', () => {
  let test: TestGateway;

  beforeAll(async () => {
    test = await createTestGateway();
    const partner = await seedOrganisation(test.db.prisma, { name: 'Partner', type: 'national_ngo' });
    for (let index = 0; index < 6; index += 1) {
      await seedCentre(test.db.prisma, {
        code: `CRC-${index}`,
        name: `Centre ${index}`,
        areaPcode: 'IQG10Q05N02',
        services: ['legal_counselling', 'psychosocial_support'].slice(0, 1 + (index % 2)),
        partners: [{ organisationId: partner, role: 'implementing' }],
      });
    }
    await test.db.prisma.centreService.updateMany({ data: { notes: 'Sundays' } });
  });
  afterAll(async () => {
    await test?.close();
  });

  it('answers concurrent requests with different selections under the same paths each with its own rows', async () => {
    const interpreted = createGateway({
      config: { ...test.config, COMPILE_ON_EXECUTION: 0 },
      db: test.db,
      logger: pino({ level: 'silent' }),
    });
    const ask = async (gateway: { fetch: TestGateway['gateway']['fetch'] }, query: string) => {
      const response = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as unknown;
    };
    const expected = await Promise.all(DOCUMENTS.map((query) => ask(interpreted, query)));
    expect(JSON.stringify(expected[1])).toContain('Sundays');
    expect(JSON.stringify(expected[2])).toContain('IMPLEMENTING');
    // Compiled from the first execution (the test gateway's COMPILE_ON_EXECUTION): all side by side, in turn.
    const asked = Array.from({ length: 24 }, (_, index) => DOCUMENTS[index % DOCUMENTS.length]!);
    const answers = await Promise.all(asked.map((query) => ask(test.gateway, query)));
    answers.forEach((answer, index) => expect(answer).toEqual(expected[index % DOCUMENTS.length]));
  });
});
