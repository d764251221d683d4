import type { Prisma, PrismaClient } from '@crc/db';
import { nameKey } from '@crc/i18n';
import type { Viewer } from '../../auth/viewer';
import { builder } from '../../builder';
import { nameMatchScore, SEARCH_THRESHOLD } from './name-match';
import { uuidOrNil } from '../common/ids';
import { visibleBeneficiaries } from './people-access';
import { PopulationGroupEnum, SexEnum } from '../common/vocabulary-enums';

export const BeneficiaryFilterInput = builder.inputType('BeneficiaryFilter', {
  description: 'Narrows `beneficiaries`; all given conditions must hold. Rows outside the caller’s centres are never returned.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'The registration centre (global id or UUID).' }),
    areaPcode: t.string({
      required: false,
      description: 'P-code of an area: people living in it or in any area inside it (a governorate includes its districts).',
    }),
    sex: t.field({ type: SexEnum, required: false, description: 'Only people of this recorded sex.' }),
    populationGroup: t.field({ type: PopulationGroupEnum, required: false, description: 'Only people of this population group.' }),
    search: t.string({
      required: false,
      description:
        'A name in any script and spelling: matched word by word with Arabic-script folding and transliteration (`Mohammed` finds `محمد`).',
    }),
  }),
});

export type BeneficiaryFilter = typeof BeneficiaryFilterInput.$inferInput;

/**
 * The name search cannot run in SQL (it compares sounds across scripts), so it reads
 * the id and name key of every person the other conditions leave, scores them in
 * memory and continues with the ids that match. Fine for a centre's thousands of
 * people; a national registry would need a search index.
 */
async function idsMatchingName(prisma: PrismaClient, where: Prisma.BeneficiaryWhereInput, search: string): Promise<string[]> {
  const key = nameKey(search);
  const rows = await prisma.beneficiary.findMany({ where, select: { id: true, nameKey: true } });
  return rows.filter((row) => row.nameKey.includes(key) || nameMatchScore(key, row.nameKey) >= SEARCH_THRESHOLD).map((row) => row.id);
}

/** The where clause for a filter, always within the people the viewer may see. */
export async function beneficiaryWhere(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: BeneficiaryFilter | null | undefined,
): Promise<Prisma.BeneficiaryWhereInput> {
  const conditions: Prisma.BeneficiaryWhereInput[] = [visibleBeneficiaries(viewer)];
  if (filter?.centreId) conditions.push({ registrationCentreId: uuidOrNil(String(filter.centreId), 'Centre') });
  if (filter?.areaPcode) conditions.push({ areaPcode: { startsWith: filter.areaPcode } });
  if (filter?.sex) conditions.push({ sex: filter.sex });
  if (filter?.populationGroup) conditions.push({ populationGroup: filter.populationGroup });
  const where: Prisma.BeneficiaryWhereInput = { AND: conditions };
  const search = filter?.search?.trim();
  if (!search) return where;
  return { AND: [where, { id: { in: await idsMatchingName(prisma, where, search) } }] };
}
