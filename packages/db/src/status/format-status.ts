import type { DatabaseStatus } from './database-status';

/** The status as plain text for a terminal. */
export function formatStatus(status: DatabaseStatus): string {
  const lines: string[] = [];
  lines.push(`database: ${status.kind} (${status.description})`);
  lines.push(
    `migrations applied: ${status.migrations.length}${status.migrations.length ? ` (latest ${status.migrations.at(-1)})` : ''}`,
  );
  lines.push('', 'rows per table:');
  const tableWidth = Math.max(...Object.keys(status.tableRows).map((name) => name.length), 5);
  for (const [table, rows] of Object.entries(status.tableRows)) {
    lines.push(`  ${table.padEnd(tableWidth)}  ${String(rows).padStart(6)}`);
  }
  lines.push('', `governorates (${status.governorates.length}) and their districts:`);
  const nameWidth = Math.max(...status.governorates.map((area) => area.nameEn.length), 4);
  for (const area of status.governorates) {
    lines.push(
      `  ${area.pcode}  ${(area.isoCode ?? '').padEnd(5)}  ${area.nameEn.padEnd(nameWidth)}  ${String(area.districts).padStart(2)} districts  ${area.nameAr}`,
    );
  }
  const districts = status.governorates.reduce((sum, area) => sum + area.districts, 0);
  lines.push(`  total: ${districts} districts`);
  return lines.join('\n');
}
