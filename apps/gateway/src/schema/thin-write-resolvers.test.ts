import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { directWritesIn, writeResolversIn } from '../testing/write-resolvers';

/** About 15 lines: map the arguments to a command, its result to the schema. Longer means logic that belongs in @crc/db. */
const MAX_RESOLVER_LINES = 15;

const SCHEMA_DIR = fileURLToPath(new URL('.', import.meta.url));
const SOURCES = readdirSync(SCHEMA_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(SCHEMA_DIR, file), 'utf8') }));

/** The mutations of the printed schema, the contract the resolvers serve. */
function printedMutations(): string[] {
  const printed = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');
  const body = /^type Mutation \{\n([\s\S]*?)^\}/m.exec(printed)?.[1] ?? '';
  return [...body.matchAll(/^ {2}([A-Za-z]+)[(:]/gm)].map((match) => match[1]!);
}

describe('the guard itself', () => {
  const sample = `
    builder.mutationField('long', (t) =>
      t.field({
        type: 'String',
        resolve: async (_root, args, context) => {
          ${Array<string>(13).fill('await step();').join('\n')}
          return 'done';
        },
      }),
    );
    builder.mutationFields((t) => ({
      short: t.prismaField({ type: 'String', resolve: () => 'ok' }),
    }));
    // prisma.$transaction and writeAudit in a comment are no write
    builder.queryField('read', (t) => t.field({ type: 'String', resolve: () => { ${'x();\n'.repeat(20)} } }));
    const run = () => prisma.$transaction(async (tx) => { await tx.auditLog.createMany({ data: [] }); await writeAudit(tx, entry); });
  `;

  it('measures each mutation resolver from `resolve:` to its end, and only those', () => {
    expect(writeResolversIn('sample.ts', sample).map(({ mutation, lines }) => [mutation, lines])).toEqual([
      ['long', 16],
      ['short', 1],
    ]);
  });

  it('finds transactions and audit writes in code, not in comments', () => {
    expect(directWritesIn('sample.ts', sample).map((write) => write.text)).toEqual([
      '$transaction',
      'tx.auditLog.createMany',
      'writeAudit',
    ]);
  });
});

describe('write resolvers under src/schema are thin', () => {
  const resolvers = SOURCES.flatMap(({ file, text }) => writeResolversIn(file, text));

  it('finds the resolver of every mutation of the schema', () => {
    expect(resolvers.map((resolver) => resolver.mutation).sort()).toEqual(printedMutations().sort());
  });

  it(`keeps every write resolver within ${MAX_RESOLVER_LINES} lines`, () => {
    const long = resolvers
      .filter((resolver) => resolver.lines > MAX_RESOLVER_LINES)
      .map(({ file, line, mutation, lines }) => `${file}:${line} ${mutation}: ${lines} lines`);
    expect(long, 'move the logic into a command of @crc/db').toEqual([]);
  });

  it('leaves transactions and audit writes to the commands of @crc/db', () => {
    const writes = SOURCES.flatMap(({ file, text }) => directWritesIn(file, text)).map(
      ({ file, line, text }) => `${file}:${line} ${text}`,
    );
    expect(writes).toEqual([]);
  });
});
