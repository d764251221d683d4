import { areasAtLevel } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingTestGateway, type RecordingTestGateway } from '../../testing/statement-recorder';
import { seedCentre, seedOrganisation } from './centre-fixtures.test-data';

// Centres in sub-districts spread over every governorate, so that the areas of the query
// (governorates > districts) each hold a few centres.
const SUBDISTRICTS = areasAtLevel('subdistrict');
const SERVICES = ['legal_counselling', 'vocational_training', 'psychosocial_support', 'cash_for_work'];

let gw: RecordingTestGateway;
let partnerId: string;
let seeded = 0;

async function seedCentresUpTo(total: number): Promise<void> {
  for (; seeded < total; seeded += 1) {
    const area = SUBDISTRICTS[(seeded * 37) % SUBDISTRICTS.length]!;
    await seedCentre(gw.db.prisma, {
      code: `CRC-${String(seeded).padStart(3, '0')}`,
      name: `Centre ${seeded}`,
      areaPcode: area.pcode,
      services: SERVICES.slice(0, 1 + (seeded % SERVICES.length)),
      partners: [{ organisationId: partnerId, role: 'implementing' }],
    });
  }
}

interface AreasWithCentres {
  governorates: { children: { centres: { services: { serviceType: string }[] }[] }[] }[];
}

const AREA_CENTRES = '{ governorates { children { centres { services { serviceType } } } } }';
const AREA_CENTRES_WIDE =
  '{ governorates { children { centres { name area { pcode } services { serviceTypeLabel } partners { organisation { name } } } } } }';
const CENTRES_PAGE =
  '{ centres(first: 100) { totalCount edges { node { code services { serviceType } partners { organisation { name centres { totalCount } } } } } } }';

async function statementsFor(query: string): Promise<{ count: number; centres: number }> {
  const { result, statements } = await gw.statements.during(() => gw.graphql<AreasWithCentres>(query));
  expect(result.errors).toBeUndefined();
  const centres = JSON.stringify(result.data).match(/"services":/g)?.length ?? 0;
  return { count: statements.length, centres };
}

beforeAll(async () => {
  gw = await createRecordingTestGateway();
  partnerId = await seedOrganisation(gw.db.prisma, { name: 'Partner', type: 'national_ngo' });
});
afterAll(async () => {
  await gw.close();
});

describe('statements per operation do not grow with the number of centres', () => {
  it('governorates { children { centres { services } } } costs the same over 5 and 50 centres', async () => {
    await seedCentresUpTo(5);
    const few = await statementsFor(AREA_CENTRES);
    await seedCentresUpTo(50);
    const many = await statementsFor(AREA_CENTRES);
    console.log(
      `AdminArea.centres.services: ${few.count} statements for ${few.centres} centres, ${many.count} for ${many.centres}`,
    );
    // Every centre is found once, through its district.
    expect([few.centres, many.centres]).toEqual([5, 50]);
    expect(many.count).toBe(few.count);
    // centres (one batched query for all districts) + their services.
    expect(many.count).toBeLessThanOrEqual(2);
  });

  it('with names, areas, service labels and partner organisations too', async () => {
    await seedCentresUpTo(50);
    const many = await statementsFor(AREA_CENTRES_WIDE);
    console.log(`AdminArea.centres with partners: ${many.count} statements for ${many.centres} centres`);
    expect(many.centres).toBe(50);
    // centres + services + partners + organisations
    expect(many.count).toBeLessThanOrEqual(4);
  });

  it('the centres connection with nested services and partners costs a constant number of statements', async () => {
    await seedCentresUpTo(50);
    const { result, statements } = await gw.statements.during(() =>
      gw.graphql<{ centres: { totalCount: number; edges: unknown[] } }>(CENTRES_PAGE),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.centres.edges).toHaveLength(50);
    console.log(`centres(first: 100): ${statements.length} statements for 50 centres`);
    // page + count + services + partners + organisations + organisations' partnership counts
    expect(statements.length).toBeLessThanOrEqual(7);
  });
});
