import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PGLITE_DIR, redactUrl, resolveDatabaseLocation } from './database-location';

describe('resolveDatabaseLocation', () => {
  const pgUrl = 'postgresql://crc:secret@db.example:5432/crc';

  it('prefers the explicit URL, then DATABASE_URL, then embedded PGlite under the cwd', () => {
    expect(resolveDatabaseLocation(pgUrl, { DATABASE_URL: 'memory://' })).toEqual({ kind: 'postgresql', url: pgUrl });
    expect(resolveDatabaseLocation(undefined, { DATABASE_URL: pgUrl })).toEqual({ kind: 'postgresql', url: pgUrl });
    expect(resolveDatabaseLocation(undefined, {})).toMatchObject({
      kind: 'pglite',
      dataDir: path.resolve(DEFAULT_PGLITE_DIR),
    });
    expect(resolveDatabaseLocation(undefined, { DATABASE_URL: '  ' }, '/tmp/x')).toMatchObject({
      kind: 'pglite',
      dataDir: '/tmp/x',
    });
  });

  it('accepts postgres://, memory:// and pglite:<dir>, and rejects anything else', () => {
    expect(resolveDatabaseLocation('postgres://h/db', {}).kind).toBe('postgresql');
    expect(resolveDatabaseLocation('memory://', {})).toMatchObject({ kind: 'pglite', dataDir: undefined });
    expect(resolveDatabaseLocation('pglite:./data', {})).toMatchObject({
      kind: 'pglite',
      dataDir: path.resolve('data'),
    });
    expect(() => resolveDatabaseLocation('mysql://u:pw@h/db', {})).toThrow(
      /unsupported database URL "mysql:\/\/u:\*\*\*@h\/db"/,
    );
  });

  it('never shows a password', () => {
    expect(redactUrl(pgUrl)).toBe('postgresql://crc:***@db.example:5432/crc');
  });
});
