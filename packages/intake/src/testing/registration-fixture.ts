import { areasAtLevel, nameKey } from '@crc/domain';
import { stringify } from 'csv-stringify/sync';
import { duplicatesAgainst, duplicatesWithinFile, similarity } from '../duplicates/probable-duplicates';
import type { PersonToMatch } from '../duplicates/person-to-match';
import { pick, seededRandom } from './seeded-random';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './synthetic-names';

/** The columns of the fixture, as a KoboToolbox CSV export of a registration form names them (question names). */
export const FIXTURE_COLUMNS = [
  'household_id',
  'today',
  'district',
  'population_group',
  'relationship',
  'given_name',
  'father_name',
  'family_name',
  'sex',
  'date_of_birth',
  'phone',
  'consent',
  'consent_share',
  'consent_contact',
  'wg_seeing',
  'wg_walking',
  'services',
] as const;
type Column = (typeof FIXTURE_COLUMNS)[number];
type FixtureRow = Record<Column, string>;

/** A person the fixture expects to be registered before the import (the "existing" half of the near-duplicates). */
export interface FixtureExistingPerson {
  readonly givenName: string;
  readonly fatherName: string;
  readonly familyName: string;
  readonly sex: 'female' | 'male';
  readonly dateOfBirth: string;
  readonly areaOfResidencePcode: string;
}

export interface RegistrationFixture {
  readonly csv: string;
  readonly rows: readonly FixtureRow[];
  readonly households: number;
  readonly people: number;
  /** Registered before the import: each is a near-duplicate (other script or spelling) of one head in the file. */
  readonly existingPeople: readonly FixtureExistingPerson[];
  /** Household keys whose head is a near-duplicate of an earlier head of the file. */
  readonly duplicateHouseholdsInFile: readonly string[];
  /** The household keys of those earlier heads, in the same order. */
  readonly repeatedHouseholds: readonly string[];
  /** Household keys whose head is a near-duplicate of one of existingPeople. */
  readonly duplicateHouseholdsOfExisting: readonly string[];
  /** The bad rows: spreadsheet row (header = row 1), column, and what is wrong. */
  readonly badRows: readonly {
    readonly row: number;
    readonly household: string;
    readonly column: Column;
    readonly problem: string;
  }[];
}

export interface RegistrationFixtureOptions {
  /** Default 500. */
  readonly households?: number;
  /** Default 2026. */
  readonly seed?: number;
  /** Default the districts of Diyala (IQG10). */
  readonly districts?: readonly string[];
}

const SCRIPT_AR = 0;
const SCRIPT_EN = 1;

/** The same name as another registration clerk could write it: other hamza forms or without the article (Arabic), other vowels (English). */
function respelled(text: string, script: number): string {
  if (script === SCRIPT_AR) {
    const folded = text.replace(/[أإآ]/g, 'ا');
    if (folded !== text) return folded;
    if (/اء$/.test(text)) return text.slice(0, -1);
    if (/ي$/.test(text)) return text.replace(/ي$/, 'ى');
    if (/ى$/.test(text)) return text.replace(/ى$/, 'ي');
    if (/ة$/.test(text)) return text.replace(/ة$/, 'ه');
    if (text.includes('عبد ')) return text.replace('عبد ', 'عبد');
    if (text.startsWith('ال')) return text.slice(2);
    return text.replace(/(.)ا/, '$1');
  }
  const changed = text.replace(/ee/, 'i').replace(/ou/, 'u').replace(/^Al-/, 'El-');
  return changed !== text ? changed : `${text}h`;
}

/**
 * A near-duplicate spelling of a full name, never the same text: the other script (kind
 * even), else the given or family name respelled, whichever first still scores as a
 * probable duplicate by the import's rule.
 */
function variantOf(parts: readonly (readonly [string, string])[], script: number, kind: number): string[] {
  const original = nameKey(parts.map((part) => part[script]!).join(' '));
  const same = parts.map((part) => part[script]!);
  const last = same.length - 1;
  const candidates = [
    ...(kind % 2 === 0 ? [parts.map((part) => part[1 - script]!)] : []),
    same.map((text, index) => (index === 0 ? respelled(text, script) : text)),
    same.map((text, index) => (index === last ? respelled(text, script) : text)),
    parts.map((part) => part[1 - script]!),
  ];
  const good = candidates.find(
    (candidate) => candidate.join(' ') !== same.join(' ') && similarity(candidate.join(' '), original) >= 0.86,
  );
  if (good === undefined)
    throw new Error(`fixture: no near-duplicate spelling of "${same.join(' ')}"; change the seed`);
  return good;
}

/**
 * The done-when spreadsheet of issue 14, from a seed: `households` households (one row per
 * person, a household_id column, as a form export), Arabic-script and English names mixed,
 * with 10 deliberate near-duplicates (5 heads that repeat an earlier head of the file, 5 that
 * repeat a person registered before the import, in the other script or another spelling)
 * and 5 bad rows (an impossible date, an unknown sex code, an unknown district p-code, a
 * missing family name, consent refused). Everyone else is drawn so that no other pair is a
 * probable duplicate by the import's own rule, so a test can expect exactly these.
 */
export function registrationFixture(options: RegistrationFixtureOptions = {}): RegistrationFixture {
  const random = seededRandom(options.seed ?? 2026);
  const householdCount = options.households ?? 500;
  const districts =
    options.districts ??
    areasAtLevel('district')
      .filter((area) => area.parentPcode === 'IQG10')
      .map((area) => area.pcode);
  const usedDays = new Set<string>();
  const dayIn = (fromYear: number, toYear: number) => {
    for (;;) {
      const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
      const day = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      if (!usedDays.has(day)) {
        usedDays.add(day);
        return day;
      }
    }
  };

  interface Person {
    parts: (readonly [string, string])[];
    script: number;
    male: boolean;
    dateOfBirth: string;
    relationship: string;
    household: number;
    district: string;
  }
  const households: {
    key: string;
    district: string;
    group: string;
    today: string;
    script: number;
    people: Person[];
    services: string;
  }[] = [];
  const duplicatesInFile = 5;
  const regular = householdCount - duplicatesInFile;
  const matchable = (person: Person, index: number): PersonToMatch => {
    const fullName = person.parts.map((part) => part[person.script]).join(' ');
    return {
      household: person.household,
      member: index,
      ref: { kind: 'rows', rows: [] },
      position: 0,
      fullName,
      nameKey: nameKey(fullName),
      dateOfBirth: person.dateOfBirth,
      areaOfResidencePcode: person.district,
    };
  };

  for (let h = 0; h < regular; h++) {
    const script = random() < 0.55 ? SCRIPT_AR : SCRIPT_EN;
    const district = pick(random, districts);
    const family = pick(random, FAMILY_NAMES);
    const size = 1 + Math.floor(random() * 6);
    const headMale = random() < 0.75;
    const head: Person = {
      parts: [pick(random, headMale ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES), pick(random, MALE_GIVEN_NAMES), family],
      script,
      male: headMale,
      dateOfBirth: dayIn(1955, 1998),
      relationship: 'head',
      household: h,
      district,
    };
    const people = [head];
    for (let m = 1; m < size; m++) {
      const spouse = m === 1 && size > 2;
      const male = spouse ? !headMale : random() < 0.5;
      people.push({
        parts: [
          pick(random, male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES),
          spouse ? pick(random, MALE_GIVEN_NAMES) : headMale ? head.parts[0]! : pick(random, MALE_GIVEN_NAMES),
          family,
        ],
        script,
        male,
        dateOfBirth: spouse ? dayIn(1955, 2000) : dayIn(2005, 2024),
        relationship: spouse ? 'spouse' : 'child',
        household: h,
        district,
      });
    }
    households.push({
      key: `HH-${String(h + 1).padStart(4, '0')}`,
      district,
      group: pick(random, ['idp', 'idp', 'returnee', 'host_community']),
      today: `2026-11-${String(2 + (h % 25)).padStart(2, '0')}`,
      script,
      people,
      services: random() < 0.25 ? 'legal_counselling' : '',
    });
  }

  // Re-draw given names until no accidental pair is a probable duplicate (in the file or against the existing people below).
  const existingOf = [100, 150, 200, 250, 300].map((h) => h % regular);
  const repeated = [10, 60, 120, 180, 240].map((h) => h % regular);
  // The heads that repeat registered people got a service on the day: merging such a pair moves the delivery.
  for (const h of existingOf) households[h]!.services = 'legal_counselling';
  const existingPeople: FixtureExistingPerson[] = existingOf.map((h, i) => {
    const head = households[h]!.people[0]!;
    const parts = variantOf(head.parts, head.script, i);
    return {
      givenName: parts[0]!,
      fatherName: parts[1]!,
      familyName: parts[2]!,
      sex: head.male ? 'male' : 'female',
      dateOfBirth: head.dateOfBirth,
      areaOfResidencePcode: head.district,
    };
  });
  existingPeople.forEach((person, i) => {
    const head = households[existingOf[i]!]!.people[0]!;
    if (
      similarity(
        `${person.givenName} ${person.fatherName} ${person.familyName}`,
        nameKey(head.parts.map((part) => part[head.script]).join(' ')),
      ) < 0.85
    ) {
      throw new Error(
        `fixture: the registered variant of household ${existingOf[i]! + 1}'s head is not similar enough; change the seed`,
      );
    }
  });
  const existingMatchable = existingPeople.map((person, i) => ({
    id: `existing-${i}`,
    registrationCentreId: '',
    nameKey: nameKey(`${person.givenName} ${person.fatherName} ${person.familyName}`),
    dateOfBirth: person.dateOfBirth,
    areaOfResidencePcode: person.areaOfResidencePcode,
    phone: null,
  }));
  for (let round = 0; round < 50; round++) {
    const everyone = households.flatMap((household) => household.people.map(matchable));
    const clashes = [
      ...duplicatesWithinFile(everyone),
      ...duplicatesAgainst(everyone, existingMatchable).filter(
        (found) => !existingOf.includes(found.person.household) || found.person.member !== 0,
      ),
    ];
    if (clashes.length === 0) break;
    for (const clash of clashes) {
      // The heads the deliberate duplicates copy keep their names and birth dates: change the other one.
      const isProtected = (p: PersonToMatch) =>
        p.member === 0 && (existingOf.includes(p.household) || repeated.includes(p.household));
      const target = isProtected(clash.person) && clash.other.kind === 'file' ? clash.other.person : clash.person;
      const person = households[target.household]!.people[target.member]!;
      person.parts[0] = pick(random, person.male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
      person.dateOfBirth = person.relationship === 'child' ? dayIn(2005, 2024) : dayIn(1955, 1998);
    }
  }

  // 5 households whose head repeats an earlier head: same birth date and area, the name in the other script or spelling.
  const duplicateHouseholdsInFile: string[] = [];
  repeated.forEach((h, i) => {
    const original = households[h]!.people[0]!;
    const spelled = variantOf(original.parts, original.script, i + 1);
    const parts = spelled.map((text) => [text, text] as const);
    const key = `HH-${String(regular + i + 1).padStart(4, '0')}`;
    duplicateHouseholdsInFile.push(key);
    households.push({
      key,
      district: original.district,
      group: households[h]!.group,
      today: '2026-11-28',
      script: 0,
      people: [{ ...original, parts, script: 0, household: regular + i }],
      services: '',
    });
    if (
      similarity(
        parts.map((part) => part[0]).join(' '),
        nameKey(original.parts.map((part) => part[original.script]).join(' ')),
      ) < 0.85
    ) {
      throw new Error(`fixture: the variant of household ${h + 1}'s head is not similar enough; change the seed`);
    }
  });

  const rows: FixtureRow[] = [];
  for (const household of households) {
    for (const person of household.people) {
      const isHead = person.relationship === 'head';
      rows.push({
        household_id: household.key,
        today: household.today,
        district: isHead ? household.district : '',
        population_group: isHead ? household.group : '',
        relationship: person.relationship,
        given_name: person.parts[0]![person.script]!,
        father_name: person.parts[1]![person.script]!,
        family_name: person.parts[2]![person.script]!,
        sex: person.male ? 'male' : 'female',
        date_of_birth: person.dateOfBirth,
        phone: isHead ? `07${String(Math.floor(random() * 1e9)).padStart(9, '0')}` : '',
        consent: 'yes',
        consent_share: random() < 0.5 ? 'yes' : 'no',
        // Heads give a phone, and consent to be called on it.
        consent_contact: isHead ? 'yes' : '',
        wg_seeing: random() < 0.08 ? 'a_lot_of_difficulty' : 'no_difficulty',
        wg_walking: random() < 0.05 ? 'some_difficulty' : 'no_difficulty',
        services: isHead ? household.services : '',
      });
    }
  }

  // 5 bad rows, in 5 households that are neither duplicates nor the originals of duplicates.
  const damage: [number, Column, string, string][] = [
    [30, 'date_of_birth', '1987-02-31', 'an impossible date'],
    [70, 'sex', 'unknown', 'a sex code that does not exist'],
    [130, 'district', 'IQG10Q99', 'a district p-code that does not exist'],
    [170, 'family_name', '', 'the family name is missing'],
    [230, 'consent', 'no', 'consent to data processing refused'],
  ];
  const badRows = damage.map(([h, column, value, problem]) => {
    const key = households[h % regular]!.key;
    const index = rows.findIndex((row) => row.household_id === key);
    rows[index] = { ...rows[index]!, [column]: value };
    return { row: index + 2, household: key, column, problem };
  });

  const csv = stringify([[...FIXTURE_COLUMNS], ...rows.map((row) => FIXTURE_COLUMNS.map((column) => row[column]))]);
  return {
    csv,
    rows,
    households: households.length,
    people: rows.length,
    existingPeople,
    duplicateHouseholdsInFile,
    repeatedHouseholds: repeated.map((h) => households[h]!.key),
    duplicateHouseholdsOfExisting: existingOf.map((h) => households[h]!.key),
    badRows,
  };
}
