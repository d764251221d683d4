import {
  canTransitionReferral,
  nameKey,
  REFERRAL_TRANSITIONS,
  SERVICE_TYPES,
  VOCATIONAL_COURSES,
  type PopulationGroup,
  type ReferralStatus,
  type ServiceType,
  type Sex,
  type VocationalCourse,
} from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { addDays, laterOf, randomWorkingDay } from './demo-calendar';
import type { DemoCentre } from './demo-centre';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, type NamePart } from './iraqi-names';
import { randomFor, stableUuid, type Random } from './random';
import { ILLUSTRATIVE_NOTE } from './sources';

export interface PeopleBatch {
  readonly beneficiaries: Prisma.BeneficiaryCreateManyInput[];
  readonly deliveries: Prisma.ServiceDeliveryCreateManyInput[];
  readonly referrals: Prisma.ReferralCreateManyInput[];
  readonly statusChanges: Prisma.ReferralStatusChangeCreateManyInput[];
}

export interface PeopleParameters {
  readonly seed: number;
  readonly centres: readonly DemoCentre[];
  readonly deliveriesPerBeneficiary: number;
  /** Organisations referrals are sent to. */
  readonly referralPartnerIds: readonly string[];
}

/** Who made the generated referral status changes (ReferralStatusChange.changedBy). */
export const DEMO_ACTOR = 'system:demo-data';

const REFERRAL_SERVICES = new Set<ServiceType>(['referral_protection', 'referral_mhpss', 'referral_other']);
const REFERRAL_SHARE = 0.15;
const LATIN_SCRIPT_SHARE = 0.2;

const SEX_WEIGHTS: readonly (readonly [Sex, number])[] = [
  ['female', 53],
  ['male', 45],
  ['not_recorded', 2],
];

// CRCs serve areas of return; community centres serve displaced people and their hosts.
const GROUP_WEIGHTS: Record<DemoCentre['kind'], readonly (readonly [PopulationGroup, number])[]> = {
  community_resource_centre: [
    ['returnee', 55],
    ['idp', 20],
    ['host_community', 23],
    ['other', 2],
  ],
  community_centre: [
    ['idp', 45],
    ['host_community', 45],
    ['returnee', 8],
    ['refugee', 2],
  ],
};

/** [youngest, oldest] age at registration and weight. */
const AGE_WEIGHTS: readonly (readonly [readonly [number, number], number])[] = [
  [[6, 17], 15],
  [[18, 29], 30],
  [[30, 49], 35],
  [[50, 69], 17],
  [[70, 85], 3],
];

const FINAL_STATUS_WEIGHTS: readonly (readonly [ReferralStatus, number])[] = [
  ['draft', 4],
  ['requested', 12],
  ['accepted', 8],
  ['in_progress', 12],
  ['completed', 40],
  ['declined', 8],
  ['cancelled', 6],
  ['closed_no_response', 10],
];

const COURSE_USUAL_SERVICE = new Map<VocationalCourse, string>(
  VOCATIONAL_COURSES.map((course) => [course.code, course.usualServiceType]),
);
const TAKES_COURSE = new Set<ServiceType>(SERVICE_TYPES.filter((type) => type.takesCourse).map((type) => type.code));

// The courses the documents name for each kind of centre.
const COURSES_BY_KIND: Record<DemoCentre['kind'], readonly VocationalCourse[]> = {
  community_centre: [
    'english_language',
    'literacy',
    'sewing_tailoring',
    'hairdressing',
    'barbering',
    'air_conditioning_repair',
    'arts_and_crafts',
  ],
  community_resource_centre: [
    'literacy',
    'english_language',
    'computer_skills',
    'carpentry',
    'sewing_tailoring',
    'smithery',
    'car_painting',
  ],
};

function nameOf(random: Random, parts: readonly NamePart[], latin: boolean): string {
  const chosen = random.pick(parts);
  return latin ? chosen.latin : chosen.ar;
}

/**
 * A mother's given name, from a random stream of its own: the person's other draws (and so
 * the demo's people, deliveries and figures) stay what they were before people had one. A
 * daughter is rarely named after her mother: draw again rather than repeat the name.
 */
function motherNameOf(seed: number, index: number, given: string, latin: boolean): string {
  const random = randomFor(seed, 'mother', index);
  let mother = nameOf(random, FEMALE_GIVEN_NAMES, latin);
  while (mother === given) mother = nameOf(random, FEMALE_GIVEN_NAMES, latin);
  return mother;
}

function courseFor(random: Random, centre: DemoCentre, serviceType: ServiceType): VocationalCourse | null {
  if (!TAKES_COURSE.has(serviceType)) return null;
  const courses = COURSES_BY_KIND[centre.kind];
  const usual = courses.filter((course) => COURSE_USUAL_SERVICE.get(course) === serviceType);
  return random.pick(usual.length > 0 ? usual : courses);
}

/** The statuses a referral passes through to end in `final`, following the domain lifecycle. */
export function referralPath(random: Random, final: ReferralStatus): ReferralStatus[] {
  const main: ReferralStatus[] = ['draft', 'requested', 'accepted', 'in_progress', 'completed'];
  switch (final) {
    case 'completed':
      // A one-off service completes straight from accepted.
      return random.chance(0.3) ? ['draft', 'requested', 'accepted', 'completed'] : main;
    case 'declined':
      return ['draft', 'requested', 'declined'];
    case 'cancelled':
      return [...main.slice(0, random.int(1, 4)), 'cancelled'];
    case 'closed_no_response':
      return [...main.slice(0, random.int(2, 4)), 'closed_no_response'];
    default:
      return main.slice(0, main.indexOf(final) + 1);
  }
}

function isTerminal(status: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[status].length === 0;
}

/**
 * Beneficiaries [from, to) of a seed, with their service deliveries (several per person),
 * referrals and referral histories. Each beneficiary draws from a random stream of its
 * own, so the result for index i does not depend on how many are generated.
 */
export function generatePeople(parameters: PeopleParameters, from: number, to: number): PeopleBatch {
  const batch: PeopleBatch = { beneficiaries: [], deliveries: [], referrals: [], statusChanges: [] };
  const { seed, centres } = parameters;
  if (centres.length === 0) throw new RangeError('demo data: people need at least one centre');

  for (let index = from; index < to; index += 1) {
    const random = randomFor(seed, 'beneficiary', index);
    const id = stableUuid(seed, 'beneficiary', index);
    const centre = random.pick(centres);
    const sex = random.weighted(SEX_WEIGHTS);
    const latin = random.chance(LATIN_SCRIPT_SHARE);
    const given =
      sex === 'male' || (sex === 'not_recorded' && random.chance(0.5))
        ? nameOf(random, MALE_GIVEN_NAMES, latin)
        : nameOf(random, FEMALE_GIVEN_NAMES, latin);
    let father = nameOf(random, MALE_GIVEN_NAMES, latin);
    // A son is rarely named after his father: draw again rather than repeat the name.
    while (father === given) father = nameOf(random, MALE_GIVEN_NAMES, latin);
    const family = random.chance(0.8) ? nameOf(random, FAMILY_NAMES, latin) : null;
    const mother = motherNameOf(seed, index, given, latin);
    const registeredOn = randomWorkingDay(random, centre.activeFrom, centre.activeTo);
    const [youngest, oldest] = random.weighted(AGE_WEIGHTS);
    const ageDays = random.int(youngest * 365 + 1, oldest * 365 + 364);
    const dateOfBirth = random.chance(0.97) ? addDays(registeredOn, -ageDays) : null;
    const householdSize = random.chance(0.05) ? 1 : 2 + random.int(0, 4) + random.int(0, 4);

    batch.beneficiaries.push({
      id,
      registrationCentreId: centre.id,
      areaOfResidencePcode: random.pick(centre.residenceAreas),
      givenName: given,
      fatherName: father,
      motherName: mother,
      familyName: family,
      nameKey: nameKey([given, father, family].filter(Boolean).join(' ')),
      dateOfBirth,
      sex,
      populationGroup: random.weighted(GROUP_WEIGHTS[centre.kind]),
      householdSize,
      phone: null,
      registeredOn,
      illustrative: true,
    });

    // Several deliveries per person (mean deliveriesPerBeneficiary), the first on the day of registration.
    const services = centre.services.filter((service) => !REFERRAL_SERVICES.has(service));
    const count = Math.max(1, Math.round(parameters.deliveriesPerBeneficiary * (0.5 + random.next())));
    let day = registeredOn;
    for (let n = 0; n < count; n += 1) {
      if (n > 0) day = randomWorkingDay(random, day, laterOf(day, minDate(addDays(day, 45), centre.activeTo)));
      const serviceType = random.pick(services);
      batch.deliveries.push({
        id: stableUuid(seed, 'delivery', index, n),
        beneficiaryId: id,
        centreId: centre.id,
        projectId: null,
        serviceType,
        course: courseFor(random, centre, serviceType),
        deliveredOn: day,
        notes: null,
        illustrative: true,
      });
    }

    const referralServices = centre.services.filter((service) => REFERRAL_SERVICES.has(service));
    if (referralServices.length > 0 && random.chance(REFERRAL_SHARE)) {
      addReferral(batch, parameters, random, { index, beneficiaryId: id, centre, registeredOn, referralServices });
    }
  }
  return batch;
}

function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

function addReferral(
  batch: PeopleBatch,
  parameters: PeopleParameters,
  random: Random,
  person: {
    index: number;
    beneficiaryId: string;
    centre: DemoCentre;
    registeredOn: Date;
    referralServices: readonly ServiceType[];
  },
): void {
  const { seed } = parameters;
  const { index, centre } = person;
  const referralId = stableUuid(seed, 'referral', index);
  const serviceType = random.weighted(
    person.referralServices.map(
      (service) => [service, service === 'referral_protection' ? 45 : service === 'referral_mhpss' ? 35 : 20] as const,
    ),
  );
  const referredOn = randomWorkingDay(
    random,
    person.registeredOn,
    minDate(addDays(person.registeredOn, 30), laterOf(person.registeredOn, centre.activeTo)),
  );
  const final = random.weighted(FINAL_STATUS_WEIGHTS);
  const path = referralPath(random, final);

  let changedAt = new Date(referredOn.getTime() + 6 * 3_600_000); // 09:00 in Baghdad
  let previous: ReferralStatus | null = null;
  path.forEach((status, step) => {
    if (previous !== null && !canTransitionReferral(previous, status)) {
      throw new Error(`demo data: generated referral path breaks the lifecycle (${previous} -> ${status})`);
    }
    if (step > 0) changedAt = addDays(changedAt, random.int(1, 12));
    batch.statusChanges.push({
      id: stableUuid(seed, 'referral-status', index, step),
      referralId,
      fromStatus: previous,
      toStatus: status,
      changedAt,
      changedBy: DEMO_ACTOR,
      note: null,
    });
    previous = status;
  });

  batch.referrals.push({
    id: referralId,
    beneficiaryId: person.beneficiaryId,
    fromCentreId: centre.id,
    toOrganisationId:
      parameters.referralPartnerIds.length > 0 && random.chance(0.9)
        ? random.pick(parameters.referralPartnerIds)
        : null,
    serviceType,
    status: final,
    reason: ILLUSTRATIVE_NOTE,
    referredOn,
    closedOn: isTerminal(final)
      ? new Date(Date.UTC(changedAt.getUTCFullYear(), changedAt.getUTCMonth(), changedAt.getUTCDate()))
      : null,
    illustrative: true,
  });
  // Making the referral is itself a service delivered that day.
  batch.deliveries.push({
    id: stableUuid(seed, 'referral-delivery', index),
    beneficiaryId: person.beneficiaryId,
    centreId: centre.id,
    projectId: null,
    serviceType,
    course: null,
    deliveredOn: referredOn,
    notes: null,
    illustrative: true,
  });
}
