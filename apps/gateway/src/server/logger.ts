import { pino, type Logger } from 'pino';
import type { GatewayConfig } from '../config/config';

/** JSON lines on stdout, one object per event; never the Authorization header. */
export function createLogger(config: Pick<GatewayConfig, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'crc-gateway' },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' },
  });
}
