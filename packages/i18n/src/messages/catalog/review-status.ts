import { VOCABULARIES, type VocabularyName } from '@crc/domain';
import type { Locale } from '../../locale/locales';
import { en, type MessageKey } from './en';
import type { VocabularyMessageKey } from './vocabulary-key';

function wholeVocabulary(name: VocabularyName): VocabularyMessageKey[] {
  return VOCABULARIES[name].map((entry) => `vocabulary.${name}.${entry.code}` as VocabularyMessageKey);
}

/** The labels of @crc/reports (exports, 5W, programme snapshot): written by the engineers, all awaiting review. */
const REPORT_MESSAGES = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('report.'));

/**
 * Translations written by the engineers in their best Arabic / Sorani but not yet
 * checked by a translator. They ship (an honest attempt beats English in an Arabic
 * screen), and UIs or translation tools can flag them with `needsReview`.
 * Technical IATI terms and Sorani renderings of business and finance terms are the
 * least certain; remove a key from here once a translator has confirmed it.
 */
export const UNREVIEWED_MESSAGES: Readonly<Record<Exclude<Locale, 'en'>, ReadonlySet<MessageKey>>> = {
  ar: new Set<MessageKey>([
    ...REPORT_MESSAGES,
    'vocabulary.iatiActivityStatuses.finalisation',
    'vocabulary.iatiOrganisationRoles.extending',
    'vocabulary.iatiTransactionTypes.disbursement',
    'vocabulary.engagementTypes.key_informant_interview',
    'vocabulary.engagementTypes.focus_group_discussion',
    'vocabulary.serviceTypes.business_enhancement_package',
    'field.fileHash',
    'gateway.possibleDuplicates',
    'gateway.amountTooLarge',
    'gateway.displacement.roundOrder',
    'gateway.displacement.tooManyRounds',
    'field.males',
    'field.females',
    'field.origin',
    'field.displacementReason',
    'field.shelterType',
  ]),
  ckb: new Set<MessageKey>([
    ...REPORT_MESSAGES,
    'field.males',
    'field.females',
    'field.origin',
    'field.displacementReason',
    'field.shelterType',
    'gateway.forbidden',
    'gateway.displacement.roundOrder',
    'gateway.displacement.tooManyRounds',
    'gateway.notFound',
    'gateway.invalidInput',
    'gateway.illegalTransition',
    'gateway.possibleDuplicates',
    'gateway.codeInUse',
    'gateway.amountTooLarge',
    'gateway.projectInOtherProgramme',
    'gateway.centreNotYours',
    'gateway.personNotYours',
    'gateway.figureTotal',
    'gateway.referralNotFound',
    ...wholeVocabulary('iatiActivityStatuses'),
    ...wholeVocabulary('iatiOrganisationRoles'),
    ...wholeVocabulary('iatiOrganisationTypes'),
    ...wholeVocabulary('iatiTransactionTypes'),
    ...wholeVocabulary('importBatchStatuses'),
    'vocabulary.centreKinds.community_resource_centre',
    'vocabulary.serviceTypes.business_development_services',
    'vocabulary.serviceTypes.business_support_package',
    'vocabulary.serviceTypes.business_enhancement_package',
    'vocabulary.serviceTypes.cash_for_work',
    'vocabulary.serviceTypes.recreational_activity',
    'vocabulary.sectors.sme_development',
    'vocabulary.sectors.business_services',
    'vocabulary.sectors.recreation',
    'vocabulary.engagementTypes.mapping',
    'vocabulary.engagementTypes.key_informant_interview',
    'vocabulary.engagementTypes.focus_group_discussion',
    'vocabulary.vocationalCourses.smithery',
    'vocabulary.vocationalCourses.wool_spinning_carpet_weaving',
    'field.fileHash',
    'field.beneficiariesTargeted',
    'field.operatingPartnerIds',
    'status.suppressed',
    'validation.notMultipleOf',
    'validation.invalidFormat',
  ]),
};

/** Whether a message in this locale still awaits a translator's review. */
export function needsReview(locale: Locale, key: MessageKey): boolean {
  return locale !== 'en' && UNREVIEWED_MESSAGES[locale].has(key);
}
