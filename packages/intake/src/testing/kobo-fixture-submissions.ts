import { areasAtLevel } from '@crc/domain';
import { FIXTURE_ASSET_UID } from './kobo-fixture-form';
import { pick, seededRandom } from './seeded-random';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './synthetic-names';

export interface FixtureSubmissionOptions {
  readonly count: number;
  /** Default 14. */
  readonly seed?: number;
  /** District p-codes households live in. Default the districts of Diyala (IQG10). */
  readonly districts?: readonly string[];
  /** `_id` of the first submission. Default 300001. */
  readonly firstId?: number;
}

function uuidOf(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function date(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CONSENT_METHODS = ['verbal_witnessed', 'signed_form', 'thumbprint'] as const;

/** The select_multiple's answer (codes, space-separated); an empty answer is left out, as Kobo does. */
function consentPurposes(draw: number): Record<string, string> {
  const purposes = [
    ...(draw < 0.25 || draw >= 0.75 ? ['sharing_with_partners'] : []),
    ...(draw >= 0.5 ? ['contact'] : []),
  ];
  return purposes.length === 0 ? {} : { 'informed_consent/consent_purposes': purposes.join(' ') };
}

/**
 * A member's mother's name: for a child, the head's or the spouse's given name when she is
 * a woman; otherwise a woman's name of the pool. Chosen without a draw of the seeded
 * random, so the other answers stay what they were before the form asked it.
 */
function motherOf(
  members: readonly Record<string, string>[],
  relationship: string,
  turn: number,
  script: number,
): string {
  const mother =
    relationship === 'child'
      ? members.find(
          (member) =>
            member['household/member/relationship'] !== 'child' && member['household/member/sex'] === 'female',
        )?.['household/member/given_name']
      : undefined;
  return mother ?? FEMALE_GIVEN_NAMES[turn % FEMALE_GIVEN_NAMES.length]![script]!;
}

/**
 * Submissions of the fixture form in the v2 data API's JSON layout (flat group paths,
 * the `member` repeat as a list of objects with full-path keys, Kobo's metadata), made up
 * from a seed: household heads and members with Arabic-script or English names.
 */
export function fixtureKoboSubmissions(options: FixtureSubmissionOptions): Record<string, unknown>[] {
  const random = seededRandom(options.seed ?? 14);
  const districts =
    options.districts ??
    areasAtLevel('district')
      .filter((area) => area.parentPcode === 'IQG10')
      .map((area) => area.pcode);
  const formhub = uuidOf(random).replace(/-/g, '');
  return Array.from({ length: options.count }, (_, index) => {
    const arabic = random() < 0.6;
    const script = arabic ? 0 : 1;
    const family = pick(random, FAMILY_NAMES)[script];
    const headIsMale = random() < 0.7;
    const head = pick(random, headIsMale ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES)[script];
    const headFather = pick(random, MALE_GIVEN_NAMES)[script];
    const size = 1 + Math.floor(random() * 6);
    const district = pick(random, districts);
    const members: Record<string, string>[] = [];
    for (let m = 0; m < size; m++) {
      const isHead = m === 0;
      const male = isHead ? headIsMale : random() < 0.5;
      const relationship = isHead ? 'head' : m === 1 && size > 2 ? 'spouse' : 'child';
      const disability = random() < 0.12;
      members.push({
        'household/member/given_name': isHead
          ? head
          : pick(random, male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES)[script],
        'household/member/father_name': isHead
          ? headFather
          : relationship === 'child'
            ? head
            : pick(random, MALE_GIVEN_NAMES)[script],
        'household/member/family_name': family,
        'household/member/mother_name': motherOf(members, relationship, index + m, script),
        'household/member/sex': male ? 'male' : 'female',
        'household/member/date_of_birth':
          relationship === 'child' ? date(random, 2008, 2024) : date(random, 1955, 2000),
        'household/member/relationship': relationship,
        'household/member/wg_seeing': disability ? 'a_lot_of_difficulty' : 'no_difficulty',
        'household/member/wg_hearing': 'no_difficulty',
        'household/member/wg_walking': disability && random() < 0.5 ? 'some_difficulty' : 'no_difficulty',
        'household/member/wg_remembering': 'no_difficulty',
        'household/member/wg_self_care': 'no_difficulty',
        'household/member/wg_communicating': 'no_difficulty',
      });
    }
    const today = date(random, 2025, 2025);
    const uuid = uuidOf(random);
    const services = ['legal_counselling', 'psychosocial_support', 'housing_land_property_counselling'].filter(
      () => random() < 0.3,
    );
    return {
      _id: (options.firstId ?? 300_001) + index,
      'formhub/uuid': formhub,
      start: `${today}T09:0${index % 10}:00.000+03:00`,
      end: `${today}T09:1${index % 10}:00.000+03:00`,
      today,
      'household/governorate': district.slice(0, 5),
      'household/district': district,
      'household/population_group': pick(random, ['idp', 'idp', 'returnee', 'host_community']),
      'household/phone': `07${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
      'informed_consent/consent': 'yes',
      // One draw, as before: none, either or both of the further purposes.
      ...consentPurposes(random()),
      'informed_consent/consent_method': CONSENT_METHODS[index % CONSENT_METHODS.length],
      'household/member': members,
      ...(services.length > 0 ? { services: services.join(' ') } : {}),
      __version__: 'vQm7H3xXoS9yPz2kLcNdRt',
      'meta/instanceID': `uuid:${uuid}`,
      _xform_id_string: FIXTURE_ASSET_UID,
      _uuid: uuid,
      _attachments: [],
      _status: 'submitted_via_web',
      _geolocation: [null, null],
      _submission_time: `${today}T06:2${index % 10}:1${index % 10}`,
      _tags: [],
      _notes: [],
      _validation_status: {},
      _submitted_by: null,
    };
  });
}
