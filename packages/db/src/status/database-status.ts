import type { Db } from '../create-db';

export interface GovernorateSummary {
  readonly pcode: string;
  readonly isoCode: string | null;
  readonly nameEn: string;
  readonly nameAr: string;
  readonly districts: number;
}

export interface DatabaseStatus {
  readonly kind: Db['kind'];
  readonly description: string;
  readonly migrations: readonly string[];
  /** Row count of every table of the public schema, by table name. */
  readonly tableRows: Readonly<Record<string, number>>;
  readonly governorates: readonly GovernorateSummary[];
}

/** What the database holds: applied migrations, table row counts, governorates with their district counts. */
export async function databaseStatus(db: Db): Promise<DatabaseStatus> {
  const tables = await db.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tableRows: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    // Names come from the catalog, quoted as identifiers.
    const [row] = await db.sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "${table.replaceAll('"', '""')}"`,
    );
    tableRows[table] = row?.count ?? 0;
  }
  const migrations = tableRows._prisma_migrations
    ? (
        await db.sql.query<{ migration_name: string }>(
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
        )
      ).map((row) => row.migration_name)
    : [];
  const governorates = await db.prisma.adminArea.findMany({
    where: { level: 'governorate' },
    orderBy: { pcode: 'asc' },
    select: { pcode: true, isoCode: true, nameEn: true, nameAr: true, _count: { select: { children: true } } },
  });
  return {
    kind: db.kind,
    description: db.description,
    migrations,
    tableRows,
    governorates: governorates.map(({ _count, ...area }) => ({ ...area, districts: _count.children })),
  };
}
