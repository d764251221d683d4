import { areasAtLevel, POPULATION_GROUPS, SERVICE_TYPES } from '@crc/domain';
import type { KoboAsset } from '../kobo/kobo-schemas';

/** The uid of the fixture form (KPI uids are 22 letters and digits). */
export const FIXTURE_ASSET_UID = 'aCrcHouseholdReg2026v1';

const WG_DIFFICULTY = [
  ['no_difficulty', 'No difficulty', 'لا توجد صعوبة'],
  ['some_difficulty', 'Some difficulty', 'بعض الصعوبة'],
  ['a_lot_of_difficulty', 'A lot of difficulty', 'صعوبة كبيرة'],
  ['cannot_do_at_all', 'Cannot do at all', 'لا يستطيع على الإطلاق'],
] as const;

const RELATIONSHIPS = [
  ['head', 'Head of household', 'رب الأسرة'],
  ['spouse', 'Spouse', 'الزوج/الزوجة'],
  ['child', 'Son or daughter', 'ابن/ابنة'],
  ['parent', 'Father or mother', 'أب/أم'],
  ['sibling', 'Brother or sister', 'أخ/أخت'],
  ['grandchild', 'Grandchild', 'حفيد/حفيدة'],
  ['other_relative', 'Other relative', 'قريب آخر'],
  ['not_related', 'Not related', 'ليس من الأقارب'],
] as const;

const POPULATION_GROUP_AR: Record<string, string> = {
  idp: 'نازح داخلياً',
  returnee: 'عائد',
  host_community: 'من المجتمع المضيف',
  refugee: 'لاجئ',
  other: 'أخرى',
};

/** The services a registration form offers to record as delivered on the day. */
const FORM_SERVICES = [
  'legal_counselling',
  'housing_land_property_counselling',
  'psychosocial_support',
  'awareness_raising',
  'referral_protection',
] as const;

const WG_DOMAINS = [
  ['wg_seeing', 'Difficulty seeing, even if wearing glasses?', 'صعوبة في الرؤية حتى مع ارتداء النظارات؟'],
  ['wg_hearing', 'Difficulty hearing, even if using a hearing aid?', 'صعوبة في السمع حتى مع استخدام سماعة؟'],
  ['wg_walking', 'Difficulty walking or climbing steps?', 'صعوبة في المشي أو صعود الدرج؟'],
  ['wg_remembering', 'Difficulty remembering or concentrating?', 'صعوبة في التذكر أو التركيز؟'],
  [
    'wg_self_care',
    'Difficulty with self-care, such as washing all over or dressing?',
    'صعوبة في العناية الذاتية مثل الاستحمام أو ارتداء الملابس؟',
  ],
  [
    'wg_communicating',
    'Difficulty communicating, for example understanding or being understood?',
    'صعوبة في التواصل، مثل فهم الآخرين أو أن يفهمه الآخرون؟',
  ],
] as const;

let kuid = 0;
const row = (fields: { type: string } & Record<string, unknown>) => ({
  ...fields,
  $kuid: `k${(kuid++).toString(36).padStart(6, '0')}`,
});

/**
 * A household registration form in the layout KPI's asset endpoint returns
 * (`content.survey`, `content.choices`, `content.translations`): an informed-consent group
 * first (a note with the statement, the yes/no answer, a select_multiple of further purposes,
 * how it was recorded), a household group with area, population group and phone, asked only
 * after a yes, a `member` repeat group with names (the mother's too), sex,
 * date of birth, relationship and the Washington Group Short Set, and the services
 * delivered on the day as a select_multiple. Governorate and district choices are the
 * OCHA p-codes of @crc/domain, with their English and Arabic names.
 */
export function fixtureKoboAsset(): KoboAsset {
  kuid = 0;
  const survey = [
    row({ type: 'start', name: 'start', $autoname: 'start' }),
    row({ type: 'end', name: 'end', $autoname: 'end' }),
    row({ type: 'today', name: 'today', $autoname: 'today' }),
    // Informed consent first, as KoboToolbox's templates put it: the statement read out (a
    // note), the answer, what else the person agrees to, and how it was recorded; the rest of
    // the form is asked only after a yes.
    row({
      type: 'begin_group',
      name: 'informed_consent',
      $autoname: 'informed_consent',
      label: ['Informed consent', 'الموافقة المستنيرة'],
    }),
    row({
      type: 'note',
      name: 'consent_statement',
      label: [
        'Read to the respondent: the centre records your household to offer services and referrals; your data is kept confidential and you can ask for it to be deleted at any time.',
        'يُقرأ على المستجيب: يسجل المركز أسرتك لتقديم الخدمات والإحالات؛ تبقى بياناتك سرية ويمكنك طلب حذفها في أي وقت.',
      ],
    }),
    row({
      type: 'select_one',
      name: 'consent',
      select_from_list_name: 'yes_no',
      label: ['Does the respondent agree to the processing of their data?', 'هل يوافق المستجيب على معالجة بياناته؟'],
      required: true,
    }),
    row({
      type: 'select_multiple',
      name: 'consent_purposes',
      select_from_list_name: 'consent_purposes',
      label: ['The respondent also agrees to', 'ويوافق المستجيب أيضاً على'],
      relevant: "${consent} = 'yes'",
    }),
    row({
      type: 'select_one',
      name: 'consent_method',
      select_from_list_name: 'consent_methods',
      label: ['How was consent recorded?', 'كيف سُجلت الموافقة؟'],
      relevant: "${consent} = 'yes'",
      required: true,
    }),
    row({ type: 'end_group' }),
    row({
      type: 'begin_group',
      name: 'household',
      $autoname: 'household',
      label: ['Household', 'الأسرة'],
      relevant: "${consent} = 'yes'",
    }),
    row({
      type: 'select_one',
      name: 'governorate',
      select_from_list_name: 'governorates',
      label: ['Governorate', 'المحافظة'],
      required: true,
    }),
    row({
      type: 'select_one',
      name: 'district',
      select_from_list_name: 'districts',
      choice_filter: 'governorate=${governorate}',
      label: ['District of residence', 'قضاء السكن'],
      required: true,
    }),
    row({
      type: 'select_one',
      name: 'population_group',
      select_from_list_name: 'population_groups',
      label: ['Population group', 'الفئة السكانية'],
      required: true,
    }),
    row({ type: 'text', name: 'phone', label: ['Phone of the head of household', 'هاتف رب الأسرة'] }),
    row({ type: 'begin_repeat', name: 'member', $autoname: 'member', label: ['Household member', 'فرد الأسرة'] }),
    row({ type: 'text', name: 'given_name', label: ['Given name', 'الاسم'], required: true }),
    row({ type: 'text', name: 'father_name', label: ["Father's name", 'اسم الأب'] }),
    row({ type: 'text', name: 'mother_name', label: ["Mother's name", 'اسم الأم'] }),
    row({ type: 'text', name: 'family_name', label: ['Family name', 'اللقب'], required: true }),
    row({ type: 'select_one', name: 'sex', select_from_list_name: 'sexes', label: ['Sex', 'الجنس'], required: true }),
    row({ type: 'date', name: 'date_of_birth', label: ['Date of birth', 'تاريخ الميلاد'], required: true }),
    row({
      type: 'select_one',
      name: 'relationship',
      select_from_list_name: 'relationships',
      label: ['Relationship to the head', 'صلة القرابة برب الأسرة'],
      required: true,
    }),
    ...WG_DOMAINS.map(([name, en, ar]) =>
      row({ type: 'select_one', name, select_from_list_name: 'wg_difficulty', label: [en, ar] }),
    ),
    row({ type: 'end_repeat' }),
    row({ type: 'end_group' }),
    row({
      type: 'select_multiple',
      name: 'services',
      select_from_list_name: 'services',
      label: ['Services delivered today', 'الخدمات المقدمة اليوم'],
    }),
  ];
  const service = new Map<string, string>(SERVICE_TYPES.map((type) => [type.code, type.label]));
  const choices = [
    ...areasAtLevel('governorate').map((area) => ({
      list_name: 'governorates',
      name: area.pcode,
      label: [area.names.en, area.names.ar],
    })),
    ...areasAtLevel('district').map((area) => ({
      list_name: 'districts',
      name: area.pcode,
      governorate: area.parentPcode,
      label: [area.names.en, area.names.ar],
    })),
    ...POPULATION_GROUPS.map((group) => ({
      list_name: 'population_groups',
      name: group.code,
      label: [group.label, POPULATION_GROUP_AR[group.code] ?? group.label],
    })),
    { list_name: 'yes_no', name: 'yes', label: ['Yes', 'نعم'] },
    { list_name: 'yes_no', name: 'no', label: ['No', 'لا'] },
    {
      list_name: 'consent_purposes',
      name: 'sharing_with_partners',
      label: ['Sharing their data with partners for referrals', 'مشاركة بياناته مع الشركاء للإحالة'],
    },
    {
      list_name: 'consent_purposes',
      name: 'contact',
      label: ['Being contacted by phone', 'التواصل معه عبر الهاتف'],
    },
    { list_name: 'consent_methods', name: 'verbal_witnessed', label: ['Verbal, witnessed', 'شفهياً بحضور شاهد'] },
    { list_name: 'consent_methods', name: 'signed_form', label: ['Signed form', 'استمارة موقعة'] },
    { list_name: 'consent_methods', name: 'thumbprint', label: ['Thumbprint', 'بصمة الإبهام'] },
    { list_name: 'sexes', name: 'female', label: ['Female', 'أنثى'] },
    { list_name: 'sexes', name: 'male', label: ['Male', 'ذكر'] },
    ...RELATIONSHIPS.map(([name, en, ar]) => ({ list_name: 'relationships', name, label: [en, ar] })),
    ...WG_DIFFICULTY.map(([name, en, ar]) => ({ list_name: 'wg_difficulty', name, label: [en, ar] })),
    ...FORM_SERVICES.map((code) => ({ list_name: 'services', name: code, label: [service.get(code) ?? code, null] })),
  ];
  return {
    uid: FIXTURE_ASSET_UID,
    name: 'CRC household registration 2026',
    asset_type: 'survey',
    has_deployment: true,
    deployment__submission_count: 0,
    content: {
      schema: '1',
      survey,
      choices,
      settings: { default_language: 'English (en)' },
      translated: ['label'],
      translations: ['English (en)', 'Arabic (ar)'],
    },
  };
}
