import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The built crc-gateway, one bundle, as `pnpm demo` and the `crc-gateway` command run it. */
export const BUILT_MAIN = path.resolve(import.meta.dirname, '../../dist/main.js');

export interface BuiltGateway {
  readonly child: ChildProcess;
  /** Its GraphQL endpoint on 127.0.0.1. */
  readonly url: string;
  /** Everything it has printed so far, stdout and stderr together. */
  readonly output: () => string;
}

/**
 * Starts the built gateway on an embedded database in `dataDir` (never DATABASE_URL's
 * shared server) with `env` added, and resolves once it listens. If it does not, it is
 * killed and the error carries what it printed.
 */
export async function startBuiltGateway(
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<BuiltGateway> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [BUILT_MAIN], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), timeoutMs);
      child.stdout.on('data', () => {
        const listening = /CRC Platform gateway: (http:\/\/\S+\/graphql)/.exec(output)?.[1];
        if (listening) {
          clearTimeout(timer);
          resolve(listening.replace('localhost', '127.0.0.1'));
        }
      });
      child.on('exit', (code) => reject(new Error(`gateway exited (${code}) before serving:\n${output}`)));
    });
    return { child, url, output: () => output };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
