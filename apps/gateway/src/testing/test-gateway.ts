import { loadReferenceData, type CreateDbOptions, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { pino } from 'pino';
import { databaseLimits, loadConfig, type GatewayConfig } from '../config/config';
import { createGateway, type Gateway } from '../server/create-gateway';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  readonly status: number;
  readonly data?: TData | null;
  readonly errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

export interface RequestOptions {
  readonly variables?: Record<string, unknown>;
  /** API key secret, sent as `Authorization: Bearer ...`. */
  readonly apiKey?: string;
  readonly headers?: Record<string, string>;
}

/** A gateway over a fresh test database (PostgreSQL when DATABASE_URL is set, else PGlite), called through yoga.fetch. */
export interface TestGateway {
  readonly db: Db;
  readonly gateway: Gateway;
  readonly config: GatewayConfig;
  graphql<TData = Record<string, unknown>>(query: string, options?: RequestOptions): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/** `dbOptions` are passed to the database client, e.g. to make it report its statements (see statement-recorder). */
export async function createTestGateway(
  env: Record<string, string> = {},
  dbOptions?: CreateDbOptions,
): Promise<TestGateway> {
  const database: TestDatabase = await createTestDatabase();
  // Tests send many requests from one (unknown) address: rate limits only where a test turns them on.
  // Tests change rows behind the gateway's back between queries: the response cache only where a test turns it on.
  // Tests send requests side by side from that one address: its queue bounded only where a test bounds it.
  const config = loadConfig({
    RATE_LIMIT_PER_KEY: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
    RESPONSE_CACHE: '0',
    MAX_WAITING_PER_CLIENT: '1000000',
    // Tests send most documents once: compiled from the first execution, so the tests' queries run as production's hot ones do.
    COMPILE_ON_EXECUTION: '1',
    ...env,
  });
  const db = await database.open({ ...databaseLimits(config), ...dbOptions });
  await loadReferenceData(db.prisma);
  const gateway = createGateway({ config, db, logger: pino({ level: 'silent' }) });
  return {
    db,
    gateway,
    config,
    async graphql(query, options = {}) {
      const response = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables: options.variables ?? {} }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await db.close();
      await database.drop();
    },
  };
}
