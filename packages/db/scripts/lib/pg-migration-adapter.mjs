// A migration-aware driver adapter factory for the WebAssembly schema engine, over
// @prisma/adapter-pg, with two work-arounds (see /work/shared/notes/toolchain.md):
//
// 1. adapter-pg cannot deserialise catalog columns of type "char" (OID 18), which the
//    engine's introspection queries return (e.g. pg_class.relkind). A pg Client that
//    reports them as text fixes it; "char" values are single characters anyway.
// 2. adapter-pg's connectToShadowDb() spreads `database` next to `connectionString`,
//    and pg lets the connection string win, so the "shadow" is the main database. We
//    create a temporary database ourselves (or use shadowDatabaseUrl when given).
// 3. adapter-pg's executeScript() splits a migration on every ";", including those inside
//    dollar-quoted function bodies (a plpgsql trigger function). The script is sent whole,
//    in one simple query, as the native engine does.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;

function reportCharColumnsAsText(result) {
  for (const res of Array.isArray(result) ? result : [result]) {
    for (const field of res?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  query(config, values, callback) {
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    // Query objects (with submit) stream results themselves; leave them alone.
    if (config && typeof config.submit === 'function') return super.query(config, values, callback);
    if (typeof callback === 'function') {
      return super.query(config, values, (error, result) =>
        callback(error, error ? result : reportCharColumnsAsText(result)),
      );
    }
    return super.query(config, values).then(reportCharColumnsAsText);
  }
}

/** The URL with another database name. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database name of a postgres URL. */
export function databaseOf(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** The connected adapter, running each migration script whole (work-around 3). */
function runningScriptsWhole(adapter) {
  adapter.executeScript = async function executeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * @param {{ url: string, shadowDatabaseUrl?: string | undefined }} datasource
 * @returns {import('@prisma/driver-adapter-utils').SqlMigrationAwareDriverAdapterFactory}
 */
export function createPgMigrationAdapterFactory({ url, shadowDatabaseUrl }) {
  const factoryFor = (connectionString) => new PrismaPg({ connectionString, Client: CatalogFriendlyClient, max: 2 });
  const main = factoryFor(url);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => runningScriptsWhole(await main.connect()),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) return runningScriptsWhole(await factoryFor(shadowDatabaseUrl).connect());
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } finally {
        await admin.end();
      }
      const shadow = runningScriptsWhole(await factoryFor(withDatabase(url, name)).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      };
      return shadow;
    },
  };
}
