import type { PrismaClient } from '../generated/prisma/client';

/** Placeholder until the demo dataset lands: loads nothing. */
export async function loadDemoData(_prisma: PrismaClient): Promise<Record<string, number>> {
  return {};
}
