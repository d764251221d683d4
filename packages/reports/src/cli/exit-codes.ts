/** Exit codes of crc-report (documented in its --help and the README). */
export const EXIT = { ok: 0, usage: 2, notFound: 3, database: 4 } as const;
