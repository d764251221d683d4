import { areasAtLevel, isWithin, type IatiActivityStatus, type ProjectType, type Sector } from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import {
  CRP_VI_ASSESSMENTS,
  CRP_VI_CONTRIBUTIONS,
  CRP_VI_EVALUATED_CAPS,
  CRP_VI_NAMED_EVENTS,
  CRP_VI_PERIOD,
  CRP_VI_PROJECTS_BY_TYPE,
} from './crp-vi-snapshot';
import { dateOf, randomWorkingDay, addDays } from './demo-calendar';
import { randomFor, stableUuid, type Random } from './random';
import { ILLUSTRATIVE_NOTE } from './sources';

/**
 * The individual CRP VI projects and assessment events behind the snapshot's counts.
 * The snapshot publishes how many there were (by type, by sector, by kind of
 * assessment); titles, places, dates, statuses and donors of each one are generated
 * and flagged illustrative. A fixed stream (not the caller's seed), so that loading
 * with another seed never adds a second set and the published counts stay exact.
 */
const STREAM = 'crp-vi-q1-2018';

export interface CrpViFill {
  readonly projects: Prisma.ProjectCreateManyInput[];
  readonly projectDonors: Prisma.ProjectDonorCreateManyInput[];
  readonly events: Prisma.EngagementEventCreateManyInput[];
}

export interface CrpViFillParameters {
  readonly programmeId: string;
  readonly implementerId: string;
  readonly donorIds: Readonly<Record<(typeof CRP_VI_CONTRIBUTIONS)[number]['donor'], string>>;
  /** p-codes of the 15 governorates CRP VI targets. */
  readonly governorates: readonly string[];
}

const TITLES: Record<Sector, readonly string[]> = {
  education: [
    'Rehabilitation of a primary school',
    'Rehabilitation of a secondary school',
    'School furniture and equipment',
  ],
  vocational_training: ['Equipment for a vocational training centre'],
  health: [
    'Rehabilitation of a primary health care centre',
    'Medical equipment for a health centre',
    'Rehabilitation of a maternity ward',
  ],
  water_and_sanitation: [
    'Rehabilitation of a water network',
    'Rehabilitation of a water treatment unit',
    'Sewage drainage works',
  ],
  energy: ['Solar street lighting', 'Rehabilitation of an electricity substation'],
  recreation: ['Rehabilitation of a youth centre', 'Playground and public garden', 'Sports field rehabilitation'],
  employment: ['Rehabilitation of a local market', 'Workshop equipment for small industries'],
  sme_development: ['Business support packages'],
  business_services: ['Business development services'],
  conflict_prevention: ['Community policing office', 'Equipment for a community policing forum'],
  reconstruction: ['Road rehabilitation', 'Rehabilitation of a community hall', 'Bridge repair'],
};

// The infrastructure categories of "Access to Basic Services", for QIPs and CSPs.
const QIP_SECTORS: readonly (readonly [Sector, number])[] = [
  ['education', 10],
  ['health', 10],
  ['water_and_sanitation', 8],
  ['recreation', 6],
  ['energy', 4],
  ['reconstruction', 8],
  ['conflict_prevention', 3],
  ['employment', 3],
];

/** Splits a published total into `parts` positive integers that add up to it exactly. */
export function splitTotal(random: Random, total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const weights = Array.from({ length: parts }, () => 0.5 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const floors = exact.map((value) => Math.max(1, Math.floor(value)));
  let remainder = total - floors.reduce((a, b) => a + b, 0);
  // Largest remainders first; a negative remainder (from the minimum of 1) takes back from the largest parts.
  const order = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; remainder !== 0; k = (k + 1) % parts) {
    const i = order[k]?.[1] ?? 0;
    const step = remainder > 0 ? 1 : -1;
    if (step < 0 && (floors[i] ?? 0) <= 1) continue;
    floors[i] = (floors[i] ?? 0) + step;
    remainder -= step;
  }
  return floors;
}

export function generateCrpViFill(parameters: CrpViFillParameters): CrpViFill {
  const fill: CrpViFill = { projects: [], projectDonors: [], events: [] };
  const districts = areasAtLevel('district').filter((district) =>
    parameters.governorates.some((g) => isWithin(district.pcode, g)),
  );
  const donorWeights = CRP_VI_CONTRIBUTIONS.map((row) => [parameters.donorIds[row.donor], Number(row.amount)] as const);
  const quarterStart = dateOf(CRP_VI_PERIOD.start);
  const quarterEnd = dateOf(CRP_VI_PERIOD.end);

  const addProject = (
    type: ProjectType,
    number: number,
    sector: Sector,
    status: IatiActivityStatus,
    targetIndividuals: number,
    start: Date,
    random: Random,
  ) => {
    const prefix = type === 'community_assistance_project' ? 'CAP' : type === 'quick_impact_project' ? 'QIP' : 'CSP';
    const code = `CRP6-${prefix}-${String(number).padStart(3, '0')}`;
    const id = stableUuid(STREAM, 'project', code);
    const district = random.pick(districts);
    fill.projects.push({
      id,
      code,
      programmeId: parameters.programmeId,
      title: `${random.pick(TITLES[sector])}, ${district.names.en}`,
      description: ILLUSTRATIVE_NOTE,
      type,
      sector,
      status,
      areaPcode: district.pcode,
      implementingOrganisationId: parameters.implementerId,
      startDate: start,
      endDate: addDays(start, random.int(60, 180)),
      targetIndividuals,
      targetHouseholds: null,
      illustrative: true,
    });
    fill.projectDonors.push({ projectId: id, organisationId: random.weighted(donorWeights) });
  };

  // 50 evaluated CAPs: per sector, as many projects as published, whose beneficiaries add up to the sector's figure.
  let capNumber = 0;
  for (const row of CRP_VI_EVALUATED_CAPS) {
    const random = randomFor(STREAM, 'caps', row.sector);
    const targets = splitTotal(random, row.directBeneficiaries, row.projects);
    for (const target of targets) {
      capNumber += 1;
      // Evaluated in Q1 2018, so finished before it.
      const start = randomWorkingDay(random, dateOf('2017-02-01'), dateOf('2017-08-31'));
      addProject(
        'community_assistance_project',
        capNumber,
        row.sector,
        random.chance(0.6) ? 'closed' : 'finalisation',
        target,
        start,
        random,
      );
    }
  }

  for (const row of CRP_VI_PROJECTS_BY_TYPE) {
    for (let number = 1; number <= row.count; number += 1) {
      const random = randomFor(STREAM, row.type, number);
      const status = random.weighted<IatiActivityStatus>([
        ['pipeline', 2],
        ['implementation', 5],
        ['finalisation', 3],
      ]);
      const start =
        status === 'pipeline'
          ? randomWorkingDay(random, dateOf('2018-03-01'), quarterEnd)
          : randomWorkingDay(random, dateOf('2017-10-01'), quarterEnd);
      addProject(row.type, number, random.weighted(QIP_SECTORS), status, random.int(150, 6000), start, random);
    }
  }

  // Assessment events: as many of each kind as published; named events take their place in the count.
  for (const row of CRP_VI_ASSESSMENTS) {
    const named = CRP_VI_NAMED_EVENTS.filter((event) => event.type === row.type && event.countedInAssessments).length;
    for (let number = 1; number <= row.count - named; number += 1) {
      const random = randomFor(STREAM, 'event', row.type, number);
      const district = random.pick(districts);
      const [low, high] = PARTICIPANTS[row.type];
      fill.events.push({
        id: stableUuid(STREAM, 'event', row.type, number),
        centreId: null,
        projectId: null,
        areaPcode: district.pcode,
        type: row.type,
        title: `${row.label.replace(/s$/, '')}, ${district.names.en}`,
        heldOn: randomWorkingDay(random, quarterStart, quarterEnd),
        participantsFemale: random.int(low, high),
        participantsMale: random.int(low, high),
        notes: ILLUSTRATIVE_NOTE,
        illustrative: true,
      });
    }
  }
  return fill;
}

/** Plausible participants of each sex per assessment (a mapping has none). */
const PARTICIPANTS: Record<(typeof CRP_VI_ASSESSMENTS)[number]['type'], readonly [number, number]> = {
  mapping: [0, 0],
  key_informant_interview: [0, 2],
  town_hall: [15, 45],
  survey: [10, 40],
  workshop: [8, 25],
  meeting: [4, 15],
};
