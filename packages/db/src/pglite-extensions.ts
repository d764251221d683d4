import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions the migrations create, as PGlite must load them into every
 * instance that runs them (createDb, the drift check's main and shadow databases):
 * pg_trgm for name search.
 */
export const PGLITE_EXTENSIONS = { pg_trgm } as const;
