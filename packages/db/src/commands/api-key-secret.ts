import { createHash, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'crc_';

/** A new API key secret: 32 random bytes, URL-safe, recognisable by its `crc_` prefix. */
export function generateApiKeySecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * What is stored instead of the secret. A plain sha256 is enough here: the secret has
 * 256 bits of entropy, so there is nothing for a slow password hash to protect.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The first characters of a secret, stored so people can tell their keys apart. */
export function displayPrefixOf(secret: string): string {
  return secret.slice(0, 12);
}
