import type { PrismaClient } from '@crc/db';

export interface ProgrammeRecord {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly leadName: string | null;
}

/** Raised when no programme has the code asked for; the CLI and the gateway name the code back. */
export class UnknownProgrammeError extends Error {
  constructor(readonly code: string) {
    super(`no programme has the code ${JSON.stringify(code)}`);
    this.name = 'UnknownProgrammeError';
  }
}

/** The programme with this code and its lead organisation's name. */
export async function findProgramme(prisma: PrismaClient, code: string): Promise<ProgrammeRecord> {
  const programme = await prisma.programme.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, leadOrganisation: { select: { name: true } } },
  });
  if (programme === null) throw new UnknownProgrammeError(code);
  return {
    id: programme.id,
    code: programme.code,
    name: programme.name,
    leadName: programme.leadOrganisation?.name ?? null,
  };
}
