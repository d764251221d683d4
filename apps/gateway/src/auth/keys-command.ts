import { parseArgs } from 'node:util';
import { createDb } from '@crc/db';
import type { GatewayConfig } from '../config/config';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys';
import { ROLES, type Role } from './role';

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
        },
      });
      const role = values.role as Role | undefined;
      if (role === undefined || !ROLES.includes(role) || role === 'PUBLIC') {
        console.error('--role must be one of PARTNER, CENTRE_STAFF, ADMIN (PUBLIC needs no key)');
        return 2;
      }
      if (!values.name) {
        console.error('--name is required: say who or what the key is for');
        return 2;
      }
      const key = await createApiKey(db.prisma, {
        name: values.name,
        role,
        ...(values.organisation ? { organisationId: values.organisation } : {}),
        ...(values.centre ? { centreIds: values.centre } : {}),
      });
      console.log(`created ${role} key ${key.id}\n${key.secret}\n(shown once: only its hash is stored)`);
      return 0;
    }
    if (action === 'revoke') {
      const id = rest[0];
      if (!id) {
        console.error('usage: crc-gateway keys revoke ID');
        return 2;
      }
      const revoked = await revokeApiKey(db.prisma, id);
      console.log(revoked ? `revoked ${id}` : `no active key with id ${id}`);
      return revoked ? 0 : 1;
    }
    if (action === 'list') {
      for (const key of await listApiKeys(db.prisma)) {
        const binding = key.organisationId ?? (key.centres.map((c) => c.centreId).join(',') || '-');
        const state = key.revokedAt ? 'revoked' : 'active';
        console.log(`${key.id}  ${key.prefix}…  ${key.role.padEnd(12)} ${state.padEnd(8)} ${binding}  ${key.name}`);
      }
      return 0;
    }
    console.error('usage: crc-gateway keys create|revoke|list');
    return 2;
  } finally {
    await db.close();
  }
}
