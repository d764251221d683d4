/** An ISO date 'YYYY-MM-DD' as the Date Prisma writes to a DATE column (midnight UTC, so no time zone shifts the day). */
export function dateColumn(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** A DATE column back as 'YYYY-MM-DD'. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
