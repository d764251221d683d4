import { pino, type Logger } from 'pino';
import type { GatewayConfig } from '../config/config';

/** Lines are written once this many bytes are waiting, or at the latest after LOG_FLUSH_MS. */
const LOG_BUFFER_BYTES = 8_192;
const LOG_FLUSH_MS = 500;

/**
 * JSON lines on stdout, one object per event; never the Authorization header. Buffered:
 * a line per request under load would otherwise be one write(2) per line on the event
 * loop. A line waits at most LOG_FLUSH_MS; pino writes what is left when the process exits.
 */
export function createLogger(config: Pick<GatewayConfig, 'LOG_LEVEL'>): Logger {
  // sonic-boom's periodic flush timer is unref'd: it never keeps a finished process alive.
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: LOG_BUFFER_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  });
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service: 'crc-gateway' },
      redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' },
    },
    destination,
  );
}
