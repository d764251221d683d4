import { VOCABULARIES, VOCABULARY_NAMES } from '@crc/domain';
import { escapeIcu } from '../escape-icu';
import { type VocabularyMessageKey, vocabularyMessageKey } from './vocabulary-key';

/**
 * English messages: the source of the catalogue's keys. ar.ts and ckb.ts are typed
 * against this object, so a key added here is a compile error there until translated.
 * Every message is ICU MessageFormat; counts go through `plural`, never concatenation.
 */
const messages = {
  'language.en': 'English',
  'language.ar': 'Arabic',
  'language.ckb': 'Sorani Kurdish',

  'status.noData': 'No data',
  'status.suppressed': 'Suppressed: fewer than {k, plural, one {# person} other {# people}}',
  'status.unknown': 'Unknown',
  'status.untranslated': 'Not translated into {language}',

  'gateway.forbidden': 'Your role may not see {field}',
  'gateway.notFound': 'No {entity} has the id {id}',
  'gateway.invalidInput': 'The input is not valid: {count, plural, one {# problem} other {# problems}}',
  'gateway.illegalTransition': 'A referral cannot move from “{from}” to “{to}”',
  'gateway.possibleDuplicates':
    '{count, plural, one {# person already registered} other {# people already registered}} may be the same person; confirm to register anyway',
  'gateway.codeInUse': '{field} “{value}” is already used by another record',
  'gateway.amountTooLarge': '{field} is too large to store: at most {digits, number} digits before the decimal point',
  'gateway.projectInOtherProgramme': '{field} belongs to a different programme than the one given',
  'gateway.centreNotYours': 'Your key may not act for the centre {centreId}: only for the centres it is bound to',
  'gateway.personNotYours': 'This person is registered at a centre your key is not bound to',
  'gateway.figureTotal': 'Total',
  'gateway.referralNotFound': 'No referral has the id {id}',

  'count.people': '{count, plural, one {# person} other {# people}}',
  'count.individuals': '{count, plural, one {# individual} other {# individuals}}',
  'count.households': '{count, plural, one {# household} other {# households}}',
  'count.centres': '{count, plural, one {# centre} other {# centres}}',

  'ageBracket.range': '{min, number}–{max, number} years',
  'ageBracket.openEnded': '{min, number} years and over',

  'area.nameMissing': 'No {language} name; shown in {shownIn}',

  'field.record': 'This record',
  'field.acronym': 'Acronym',
  'field.address': 'Address',
  'field.adminLevel': 'Administrative level',
  'field.amount': 'Amount',
  'field.areaOfResidencePcode': 'Area of residence',
  'field.areaPcode': 'Area',
  'field.baseline': 'Baseline',
  'field.beneficiariesTargeted': 'Beneficiaries targeted',
  'field.beneficiaryId': 'Beneficiary',
  'field.centreId': 'Centre',
  'field.closedOn': 'Closing date',
  'field.closes': 'Closing time',
  'field.code': 'Code',
  'field.consentToDataProcessing': 'Consent to data processing',
  'field.consentToShareWithPartners': 'Consent to share with partners',
  'field.counts': 'Counts',
  'field.course': 'Course',
  'field.currency': 'Currency',
  'field.dateOfBirth': 'Date of birth',
  'field.dateOfBirthEstimated': 'Date of birth is estimated',
  'field.deliveredOn': 'Date of service',
  'field.description': 'Description',
  'field.donorOrganisationId': 'Donor',
  'field.donorOrganisationIds': 'Donors',
  'field.end': 'End',
  'field.endDate': 'End date',
  'field.engagementType': 'Type of engagement',
  'field.familyName': 'Family name',
  'field.fatherName': 'Father’s name',
  'field.female': 'Female',
  'field.fileHash': 'File checksum',
  'field.fileName': 'File name',
  'field.finishedAt': 'Finished at',
  'field.followUpOn': 'Follow-up date',
  'field.fromCentreId': 'Referring centre',
  'field.givenName': 'Given name',
  'field.grandfatherName': 'Grandfather’s name',
  'field.heldOn': 'Date held',
  'field.householdSize': 'Household size',
  'field.households': 'Households',
  'field.iatiOrgRef': 'IATI organisation identifier',
  'field.iatiStatus': 'Activity status',
  'field.iatiType': 'Organisation type',
  'field.implementingOrganisationId': 'Implementing partner',
  'field.importBatchId': 'Import batch',
  'field.indicatorId': 'Indicator',
  'field.individuals': 'Individuals',
  'field.inserted': 'Rows added',
  'field.kind': 'Kind',
  'field.latitude': 'Latitude',
  'field.location': 'Location',
  'field.longitude': 'Longitude',
  'field.male': 'Male',
  'field.measuredOn': 'Date measured',
  'field.name': 'Name',
  'field.note': 'Note',
  'field.openedOn': 'Opening date',
  'field.openingDays': 'Opening days',
  'field.openingHours': 'Opening hours',
  'field.opens': 'Opening time',
  'field.operatingPartnerIds': 'Operating partners',
  'field.participants': 'Participants',
  'field.period': 'Period',
  'field.phone': 'Phone number',
  'field.populationGroup': 'Population group',
  'field.programmeId': 'Programme',
  'field.projectId': 'Project',
  'field.providerOrganisationId': 'Provider organisation',
  'field.read': 'Rows read',
  'field.reason': 'Reason',
  'field.recipientOrganisationId': 'Recipient organisation',
  'field.referredOn': 'Referral date',
  'field.registeredOn': 'Registration date',
  'field.registrationCentreId': 'Centre of registration',
  'field.rejected': 'Rows rejected',
  'field.reportedOn': 'Reporting date',
  'field.reportingDate': 'Reporting date',
  'field.roundNumber': 'Round number',
  'field.sector': 'Sector',
  'field.serviceType': 'Service',
  'field.servicesOffered': 'Services offered',
  'field.sex': 'Sex',
  'field.source': 'Source',
  'field.sourceReference': 'Source reference',
  'field.start': 'Start',
  'field.startDate': 'Start date',
  'field.startedAt': 'Started at',
  'field.status': 'Status',
  'field.targets': 'Targets',
  'field.title': 'Title',
  'field.toOrganisationId': 'Receiving organisation',
  'field.transactionDate': 'Transaction date',
  'field.transactionType': 'Transaction type',
  'field.type': 'Type',
  'field.unchanged': 'Rows unchanged',
  'field.unit': 'Unit',
  'field.updated': 'Rows updated',
  'field.value': 'Value',

  'validation.required': '{field} is required',
  'validation.invalidType':
    '{field} must be {expected, select, number {a number} string {text} boolean {yes or no} date {a date} array {a list} object {a group of fields} other {a valid value}}',
  'validation.tooSmall.string':
    '{field} must be at least {minimum, plural, one {# character} other {# characters}} long',
  'validation.tooBig.string':
    '{field} must be at most {maximum, plural, one {# character} other {# characters}} long',
  'validation.tooSmall.array': '{field} must have at least {minimum, plural, one {# item} other {# items}}',
  'validation.tooBig.array': '{field} must have at most {maximum, plural, one {# item} other {# items}}',
  'validation.tooSmall.number': '{field} must be at least {minimum, number}',
  'validation.tooSmall.numberExclusive': '{field} must be greater than {minimum, number}',
  'validation.tooBig.number': '{field} must be at most {maximum, number}',
  'validation.tooBig.numberExclusive': '{field} must be less than {maximum, number}',
  'validation.tooSmall.date': '{field} must be on or after {minimum}',
  'validation.tooBig.date': '{field} must be on or before {maximum}',
  'validation.notInteger': '{field} must be a whole number',
  'validation.notMultipleOf': '{field} must be a multiple of {divisor, number}',
  'validation.invalidFormat':
    '{field} is not a valid {format, select, email {email address} date {date (YYYY-MM-DD)} datetime {date and time} url {web address} uuid {identifier} other {value}}',
  'validation.invalidValue': '{field} has a value that is not in the list of allowed values',
  'validation.unrecognizedKeys': '{field} has unknown {count, plural, one {field} other {fields}}: {keys}',
  'validation.mustAccept': '{field} must be given',
  'validation.invalid': '{field} is not valid',
  'validation.nestedField': '{parent}: {child}',
} as const;

/** English vocabulary labels come from @crc/domain itself, so they can never drift from the codes. */
const vocabularyLabels = Object.fromEntries(
  VOCABULARY_NAMES.flatMap((name) =>
    VOCABULARIES[name].map((entry) => [vocabularyMessageKey(name, entry.code), escapeIcu(entry.label)]),
  ),
) as Record<VocabularyMessageKey, string>;

export const en = { ...messages, ...vocabularyLabels };

/** Every key of the catalogue. */
export type MessageKey = keyof typeof en;

/** A complete catalogue: one ICU message per key. */
export type Catalog = Readonly<Record<MessageKey, string>>;
