import type { PrismaClient, SqlExecutor } from '@crc/db';
import type { Locale, Translator } from '@crc/i18n';
import type { Logger } from 'pino';
import type { Viewer } from './auth/viewer';
import type { GatewayConfig } from './config/config';
import type { DatabaseBudget } from './server/database-budget';

/** Built once per request (never shared between requests): who asks, in which language, with which database. */
export interface GatewayContext {
  /** Made on first use (server/prisma-on-first-use.ts); every statement through it counts against `databaseBudget`. */
  readonly prisma: PrismaClient;
  /** This request's database time; a statement sent without Prisma (raw SQL) awaits `beforeStatement()` first. */
  readonly databaseBudget: DatabaseBudget;
  /** Raw SQL reads (@crc/db's one-statement reads), each statement within `databaseBudget`. */
  readonly sql: Pick<SqlExecutor, 'query'>;
  /**
   * A client within the import's own budget (IMPORT_DATABASE_BUDGET_MS, counted from this
   * call), for importRegistrations only: every other field keeps the request's.
   */
  readonly importPrisma: () => PrismaClient;
  readonly viewer: Viewer;
  readonly locale: Locale;
  /** Labels, names and numbers in the request's locale and digit choice. */
  readonly i18n: Translator;
  readonly config: GatewayConfig;
  readonly logger: Logger;
  readonly requestId: string;
}
