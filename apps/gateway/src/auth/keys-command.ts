import { parseArgs } from 'node:util';
import { createDb, issueApiKey, revokeApiKey, systemActor, type CommandResult, type IssueApiKeyInput } from '@crc/db';
import type { GatewayConfig } from '../config/config';
import { listApiKeys } from './api-keys';

/** Operators run this CLI; the audit log names it. */
const CLI_ACTOR = systemActor('cli:keys');

/** The command's input fields as this CLI's options name them. */
const OPTION_OF: Readonly<Record<string, string>> = { organisationId: 'organisation', centreIds: 'centre' };

/** Why a command refused, one line per problem, for the terminal. */
function refusal(result: Exclude<CommandResult<unknown>, { ok: true }>): string {
  if (result.kind === 'invalid')
    return result.errors
      .map((error) => `--${OPTION_OF[error.field.split('.')[0] ?? ''] ?? (error.field || 'input')}: ${error.message}`)
      .join('\n');
  if (result.kind === 'not_found') return `no ${result.entity} with id ${result.id} (${result.field})`;
  return `not allowed (${result.reason})`;
}

/** `crc-gateway keys create|revoke|list`: manages API keys in the configured database. */
export async function runKeysCommand(argv: string[], config: GatewayConfig): Promise<number> {
  const [action, ...rest] = argv;
  const db = await createDb(config.DATABASE_URL, { dataDir: config.DATA_DIR, migrate: true });
  try {
    if (action === 'create') {
      const { values } = parseArgs({
        args: rest,
        options: {
          role: { type: 'string' },
          name: { type: 'string' },
          organisation: { type: 'string' },
          centre: { type: 'string', multiple: true },
          capability: { type: 'string', multiple: true },
        },
      });
      const result = await issueApiKey(db.prisma, CLI_ACTOR, {
        name: values.name ?? '',
        role: values.role as 'PARTNER' | 'CENTRE_STAFF' | 'ADMIN',
        organisationId: values.organisation,
        centreIds: values.centre,
        capabilities: values.capability as IssueApiKeyInput['capabilities'],
      });
      if (!result.ok) {
        console.error(refusal(result));
        return 2;
      }
      const key = result.value;
      console.log(`created ${values.role} key ${key.id}\n${key.secret}\n(shown once: only its hash is stored)`);
      return 0;
    }
    if (action === 'revoke') {
      const id = rest[0];
      if (!id) {
        console.error('usage: crc-gateway keys revoke ID');
        return 2;
      }
      const revoked = await revokeApiKey(db.prisma, CLI_ACTOR, { apiKeyId: id });
      console.log(revoked.ok ? `revoked ${id}` : `no active key with id ${id}`);
      return revoked.ok ? 0 : 1;
    }
    if (action === 'list') {
      for (const key of await listApiKeys(db.prisma)) {
        const binding = key.organisationId ?? (key.centres.map((c) => c.centreId).join(',') || '-');
        const state = key.revokedAt ? 'revoked' : 'active';
        const extra = key.capabilities.length > 0 ? `  [${key.capabilities.join(',')}]` : '';
        console.log(
          `${key.id}  ${key.prefix}…  ${key.role.padEnd(12)} ${state.padEnd(8)} ${binding}  ${key.name}${extra}`,
        );
      }
      return 0;
    }
    console.error('usage: crc-gateway keys create|revoke|list');
    return 2;
  } finally {
    await db.close();
  }
}
