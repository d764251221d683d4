import type { EngagementType, IndicatorUnit, ProjectType, Sector } from '@crc/domain';
import type { PublishedOrganisationKey } from './published-organisations';

/**
 * The CRP VI snapshot, first quarter 2018, as published (002_dba356c15cf15900.txt).
 * Figures are copied exactly. Where the text extraction of the PDF lists labels and
 * figures apart, the pairing below follows the order in which they appear; each such
 * place says so in `reading`.
 */
export const CRP_VI_PERIOD = { start: '2018-01-01', end: '2018-03-31' } as const;

export const CRP_VI_PROGRAMME = {
  code: 'CRP-VI',
  name: 'Community Revitalization Programme VI (CRP VI)',
  description:
    "Part of IOM Iraq's Community Transition and Recovery Programme (since 2007): multi-sectoral support to communities with high numbers of IDPs and returnees. CRP VI targets 15 of Iraq's 18 governorates.",
  lead: 'iom',
} as const;

/** The other programme the documents name: the one that established the Baiji and Jalawla CRCs. */
export const AWDA_AMINA_PROGRAMME = {
  code: 'AWDA-AMINA',
  name: 'SAFE RETURN – Reintegration and Recovery Assistance in Areas of Return in Iraq (AWDA AMINA)',
  description:
    'Funded by the European Union. Established the Community Resource Centres in Baiji and Jalawla; contributes to improving migration management in Iraq and aims to build the resilience of migrants, forcibly displaced persons and host communities.',
  lead: 'iom',
} as const;

/** "Areas of Implementation" (15 governorates), as the snapshot spells them. */
export const CRP_VI_GOVERNORATES = [
  'Anbar',
  'Dahuk',
  'Ninewa',
  'Erbil',
  'Salah al-Din',
  'Kerbala',
  'Najaf',
  'Thi-Qar',
  'Missan',
  'Basra',
  'Babylon',
  'Diyala',
  'Baghdad',
  'Kirkuk',
  'Sulaymaniah',
] as const;

export interface Contribution {
  readonly donor: PublishedOrganisationKey;
  /** USD, two decimals. */
  readonly amount: string;
  /** The percentage printed beside it. */
  readonly printedShare: string;
}

/**
 * "DONOR CONTRIBUTIONS": 100% USD $23.75 million. The USA's 81% (US $19.3 million) is
 * unambiguous; the four smaller amounts are paired with Canada, Germany, Sweden and
 * Japan in the order the snapshot lists both (reading, not certainty).
 */
export const CRP_VI_CONTRIBUTIONS = [
  { donor: 'usa', amount: '19300000.00', printedShare: '81%' },
  { donor: 'canada', amount: '1380000.00', printedShare: '5.9%' },
  { donor: 'germany', amount: '690000.00', printedShare: '2.9%' },
  { donor: 'sweden', amount: '900000.00', printedShare: '3.9%' },
  { donor: 'japan', amount: '1480000.00', printedShare: '6.3%' },
] as const satisfies readonly Contribution[];

/** The total the snapshot prints; @crc/reports computes its own from the funding rows and tests it against this. */
export const CRP_VI_TOTAL_CONTRIBUTIONS = '23750000.00';

/** Accountability to Communities: assessments conducted in the quarter (one event each). */
export const CRP_VI_ASSESSMENTS = [
  { type: 'mapping', count: 11, label: 'Service point mapping' },
  { type: 'key_informant_interview', count: 11, label: 'Key informant interviews' },
  { type: 'town_hall', count: 10, label: 'Town hall meetings' },
  { type: 'survey', count: 10, label: 'Household surveys' },
  { type: 'workshop', count: 10, label: 'Community members workshops' },
  // Good Governance: "45 meetings conducted" (Community Action Plan meetings).
  { type: 'meeting', count: 45, label: 'Community Action Plan meetings' },
] as const satisfies readonly { type: EngagementType; count: number; label: string }[];

export interface NamedEvent {
  readonly key: string;
  readonly type: EngagementType;
  readonly title: string;
  readonly place: {
    readonly name: string;
    readonly level: 'governorate' | 'district' | 'subdistrict';
    readonly within?: string;
  };
  readonly participantsFemale: number;
  readonly participantsMale: number;
  readonly notes: string;
  /** Counted among CRP_VI_ASSESSMENTS of its type (otherwise an extra event). */
  readonly countedInAssessments: boolean;
}

/** Events the snapshot describes individually (photo captions). Their day is not published. */
export const CRP_VI_NAMED_EVENTS = [
  {
    key: 'arab-jasim-town-hall',
    type: 'town_hall',
    title: 'Town hall meeting, Arab Jasim community, Yusfiyah sub-district',
    place: { name: 'Yusfiyah', level: 'subdistrict', within: 'IQG08' },
    participantsFemale: 28,
    participantsMale: 45,
    notes:
      'Town Hall Meeting with 28 women and 45 men from Arab Jasim community in Yusfiyah subdistrict during which the main issues in the area were raised. Donor: USA.',
    countedInAssessments: true,
  },
  {
    key: 'qaraqush-town-hall',
    type: 'town_hall',
    title: 'Town hall meeting, Qaraqush community, Al Hamdaniya district',
    place: { name: 'Al Hamdaniya', level: 'district', within: 'IQG15' },
    // 43 members; the snapshot does not split them by sex, so neither count is filled.
    participantsFemale: 0,
    participantsMale: 0,
    notes:
      'Town Hall Meeting with 43 members from Qaraqush community in Al Hamdaniya district (not split by sex in the source). Donor: USA.',
    countedInAssessments: true,
  },
  {
    key: 'al-ehsan-discussion',
    type: 'focus_group_discussion',
    title: 'Community discussion, Al Ehsan community, Baghdad',
    place: { name: 'Baghdad', level: 'governorate' },
    participantsFemale: 28,
    participantsMale: 18,
    notes: 'A group of 28 women and 18 men within Al Ehsan community discussing their concerns. Donor: USA.',
    countedInAssessments: false,
  },
] as const satisfies readonly NamedEvent[];

/** "Access to Basic Services": projects by type. */
export const CRP_VI_PROJECTS_BY_TYPE = [
  { type: 'quick_impact_project', count: 55 },
  { type: 'community_service_project', count: 7 },
] as const satisfies readonly { type: ProjectType; count: number }[];

/**
 * The M&E evaluation of 50 Community Assistance Projects ("CRP VI projects by sector",
 * "Percentage of direct beneficiaries per sector"). Sectors, project counts and
 * beneficiary figures are paired in the order the text lists them (reading); the
 * beneficiary figures add up to 181,852, and the printed percentages are their shares.
 */
export const CRP_VI_EVALUATED_CAPS = [
  {
    sector: 'reconstruction',
    crpLabel: 'Infrastructure',
    projects: 5,
    directBeneficiaries: 79_002,
    printedShare: '43%',
  },
  { sector: 'education', crpLabel: 'Education', projects: 9, directBeneficiaries: 25_639, printedShare: '14%' },
  { sector: 'health', crpLabel: 'Health', projects: 19, directBeneficiaries: 19_725, printedShare: '11%' },
  {
    sector: 'recreation',
    crpLabel: 'Recreational Facilities',
    projects: 7,
    directBeneficiaries: 19_686,
    printedShare: '11%',
  },
  {
    sector: 'water_and_sanitation',
    crpLabel: 'Water and Sanitation',
    projects: 8,
    directBeneficiaries: 19_565,
    printedShare: '11%',
  },
  { sector: 'energy', crpLabel: 'Energy', projects: 2, directBeneficiaries: 18_235, printedShare: '10%' },
] as const satisfies readonly {
  sector: Sector;
  crpLabel: string;
  projects: number;
  directBeneficiaries: number;
  printedShare: string;
}[];

export interface PublishedIndicator {
  readonly code: string;
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly sector: Sector | null;
  readonly value: number;
  /** Exact wording or qualifier of the source ("more than", reading notes). */
  readonly detail: string;
}

const caps: PublishedIndicator[] = CRP_VI_EVALUATED_CAPS.flatMap((row) => [
  {
    code: `CRP6-ME-CAPS-${row.sector.toUpperCase()}`,
    name: `Evaluated community assistance projects: ${row.crpLabel}`,
    unit: 'count',
    sector: row.sector,
    value: row.projects,
    detail: 'CRP VI projects by sector (evaluation of 50 CAPs); sector pairing follows the text order',
  },
  {
    code: `CRP6-ME-DIRECT-BENEFICIARIES-${row.sector.toUpperCase()}`,
    name: `Direct beneficiaries of evaluated projects: ${row.crpLabel}`,
    unit: 'individuals',
    sector: row.sector,
    value: row.directBeneficiaries,
    detail: `${row.printedShare} of direct beneficiaries; sector pairing follows the text order`,
  },
]);

/** Every other figure of the snapshot, one indicator each, value for the quarter. */
export const CRP_VI_INDICATORS: readonly PublishedIndicator[] = [
  ...CRP_VI_ASSESSMENTS.map((row) => ({
    code: `CRP6-ENGAGEMENT-${row.type.toUpperCase()}`,
    name: `${row.label} conducted`,
    unit: 'count' as const,
    sector: null,
    value: row.count,
    detail: 'Accountability to Communities / Good Governance',
  })),
  {
    code: 'CRP6-GG-ACTION-PLANS',
    name: 'Community action plans developed',
    unit: 'count',
    sector: null,
    value: 1,
    detail: '1 action plan developed',
  },
  {
    code: 'CRP6-GG-AUTHORITIES',
    name: 'Local authorities and directorates engaged on potential programming',
    unit: 'count',
    sector: null,
    value: 58,
    detail: 'with 58 local authorities and directorates',
  },
  ...CRP_VI_PROJECTS_BY_TYPE.map((row) => ({
    code: `CRP6-PROJECTS-${row.type.toUpperCase()}`,
    name: row.type === 'quick_impact_project' ? 'Quick impact projects' : 'Community service projects',
    unit: 'count' as const,
    sector: null,
    value: row.count,
    detail: 'Access to Basic Services',
  })),
  {
    code: 'CRP6-BS-CP-OFFICES-ESTABLISHED',
    name: 'Community policing offices established',
    unit: 'count',
    sector: 'conflict_prevention',
    value: 2,
    detail: '2 offices established',
  },
  {
    code: 'CRP6-BS-TRANSPORT-REFUGEE-STUDENTS',
    name: 'Refugee students using transportation services',
    unit: 'individuals',
    sector: 'education',
    value: 286,
    detail: '286 refugee students (Transportation Services; pairing follows the text order)',
  },
  {
    code: 'CRP6-BS-ACCESS-CENTRE-VISITS',
    name: 'Visits to community access centres',
    unit: 'count',
    sector: null,
    value: 6_192,
    detail: '6,192 visits (Community Access Centres; pairing follows the text order)',
  },
  {
    code: 'CRP6-HC-VOCATIONAL-TRAINING',
    name: 'Vocational training beneficiaries',
    unit: 'individuals',
    sector: 'vocational_training',
    value: 168,
    detail: '168 beneficiaries',
  },
  {
    code: 'CRP6-HC-ON-THE-JOB-TRAINING',
    name: 'On-the-job training beneficiaries',
    unit: 'individuals',
    sector: 'vocational_training',
    value: 148,
    detail: '148 beneficiaries',
  },
  {
    code: 'CRP6-HC-BUSINESS-DEVELOPMENT',
    name: 'Business development services provided',
    unit: 'count',
    sector: 'business_services',
    value: 271,
    detail: '271 services provided',
  },
  {
    code: 'CRP6-LE-BUSINESS-SUPPORT-PACKAGES',
    name: 'Business support packages',
    unit: 'count',
    sector: 'sme_development',
    value: 257,
    detail: '257 packages',
  },
  {
    code: 'CRP6-LE-BUSINESS-ENHANCEMENT-PACKAGES',
    name: 'Business enhancement packages',
    unit: 'count',
    sector: 'sme_development',
    value: 67,
    detail: '67 packages',
  },
  {
    code: 'CRP6-LE-CASH-FOR-WORK',
    name: 'Cash-for-work beneficiaries',
    unit: 'individuals',
    sector: 'employment',
    value: 41,
    detail: '41 beneficiaries',
  },
  {
    code: 'CRP6-LE-WOOL-CARPET-FACTORY',
    name: 'Wool and carpet factories being established',
    unit: 'count',
    sector: 'employment',
    value: 1,
    detail: 'Establishment of one wool and carpet factory (ongoing)',
  },
  {
    code: 'CRP6-SC-CP-FORUMS-IOM',
    name: 'Community policing forums established with IOM assistance',
    unit: 'count',
    sector: 'conflict_prevention',
    value: 5,
    detail: '5 established with IOM assistance',
  },
  {
    code: 'CRP6-SC-CP-FORUMS-OTHERS',
    name: 'Community policing forums established by the police, CSOs and community members',
    unit: 'count',
    sector: 'conflict_prevention',
    value: 3,
    detail: '3 established by the Police, Civil Society Organizations and community members',
  },
  {
    code: 'CRP6-SC-CP-OFFICES-BUILT',
    name: 'Community policing offices built and equipped',
    unit: 'count',
    sector: 'conflict_prevention',
    value: 2,
    detail: '2 built and equipped',
  },
  {
    code: 'CRP6-SC-HLP-CENTRES',
    name: 'Housing, land and property assistance centres refurbished and equipped',
    unit: 'count',
    sector: 'conflict_prevention',
    value: 6,
    detail: '6 refurbished and equipped',
  },
  {
    code: 'CRP6-SC-ATTENDEES-COMMUNITY',
    name: 'Community policing trainings: community members attending',
    unit: 'individuals',
    sector: 'conflict_prevention',
    value: 85,
    detail: 'Trainings, Workshops, Conferences and Seminars',
  },
  {
    code: 'CRP6-SC-ATTENDEES-LAW-ENFORCEMENT',
    name: 'Community policing trainings: law enforcement actors attending',
    unit: 'individuals',
    sector: 'conflict_prevention',
    value: 138,
    detail: 'Trainings, Workshops, Conferences and Seminars',
  },
  {
    code: 'CRP6-SC-ATTENDEES-GOVERNMENT',
    name: 'Community policing trainings: government representatives attending',
    unit: 'individuals',
    sector: 'conflict_prevention',
    value: 3,
    detail: 'Trainings, Workshops, Conferences and Seminars',
  },
  {
    code: 'CRP6-SC-ATTENDEES-CIVIL-SOCIETY',
    name: 'Community policing trainings: civil society representatives attending',
    unit: 'individuals',
    sector: 'conflict_prevention',
    value: 13,
    detail: 'Trainings, Workshops, Conferences and Seminars',
  },
  {
    code: 'CRP6-SC-ATTENDEES-MEDIA',
    name: 'Community policing trainings: media representatives attending',
    unit: 'individuals',
    sector: 'conflict_prevention',
    value: 12,
    detail: 'Trainings, Workshops, Conferences and Seminars',
  },
  {
    code: 'CRP6-ME-CAPS-EVALUATED',
    name: 'Community assistance projects evaluated',
    unit: 'count',
    sector: null,
    value: 50,
    detail: 'evaluation exercise of 50 CAPs through focus group discussions and key informant interviews',
  },
  ...caps,
  {
    code: 'CRP6-ME-TARGETED-POPULATION',
    name: 'Targeted population of evaluated projects',
    unit: 'individuals',
    sector: null,
    value: 184_492,
    detail: '184,492 individuals received direct and indirect benefits',
  },
  {
    code: 'CRP6-ME-TARGETED-WOMEN-SHARE',
    name: 'Share of women in the targeted population',
    unit: 'percent',
    sector: null,
    value: 54,
    detail: '54% women',
  },
  {
    code: 'CRP6-ME-TARGETED-MEN-SHARE',
    name: 'Share of men in the targeted population',
    unit: 'percent',
    sector: null,
    value: 46,
    detail: '46% men',
  },
  {
    code: 'CRP6-ME-SERVICE-QUALITY-IMPROVEMENT',
    name: 'Improvement in the quality of services',
    unit: 'percent',
    sector: null,
    value: 78,
    detail: 'improved by more than 78% on average',
  },
  {
    code: 'CRP6-ME-ACCESS-IMPROVEMENT',
    name: 'Increase in access to facilities',
    unit: 'percent',
    sector: null,
    value: 76,
    detail: 'access to facilities increased by 76%',
  },
  {
    code: 'CRP6-TARGET-GOVERNORATES',
    name: 'Governorates targeted',
    unit: 'count',
    sector: null,
    value: 15,
    detail: "CRP VI targets 15 of Iraq's 18 governorates",
  },
];

/** "More than 4,600 people have already participated in activities at the community centres." */
export const COMMUNITY_CENTRE_PARTICIPANTS = {
  code: 'CC-PARTICIPANTS',
  name: 'People who have participated in activities at the four EU-funded community centres',
  unit: 'individuals',
  value: 4_600,
  detail: 'More than 4,600 people (a lower bound)',
} as const;
