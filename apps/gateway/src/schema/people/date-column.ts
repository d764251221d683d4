/** A validated 'YYYY-MM-DD' as Prisma writes a DATE column: midnight UTC of that day. */
export function dateColumn(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}
