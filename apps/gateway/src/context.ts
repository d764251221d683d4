import type { PrismaClient } from '@crc/db';
import type { Locale, Translator } from '@crc/i18n';
import type { Logger } from 'pino';
import type { Viewer } from './auth/viewer';
import type { GatewayConfig } from './config/config';

/** Built once per request (never shared between requests): who asks, in which language, with which database. */
export interface GatewayContext {
  readonly prisma: PrismaClient;
  readonly viewer: Viewer;
  readonly locale: Locale;
  /** Labels, names and numbers in the request's locale and digit choice. */
  readonly i18n: Translator;
  readonly config: GatewayConfig;
  readonly logger: Logger;
  readonly requestId: string;
}
