import {
  CURRENCIES,
  IATI_ORGANISATION_ROLES,
  IATI_ORGANISATION_TYPES,
  IATI_TRANSACTION_TYPES,
  POPULATION_GROUPS,
  REFERRAL_STATUSES,
  SECTORS,
  SERVICE_TYPES,
  SEXES,
  VOCATIONAL_COURSES,
} from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from './vocabulary-enum';

/* GraphQL enums of @crc/domain vocabularies that several schema areas use: one definition each. */

export const SexEnum = builder.enumType('Sex', {
  description:
    'Sex as recorded for sex-disaggregated data; `NOT_RECORDED` is a data-quality gap, not a third sex. Label: `sexLabel`.',
  values: vocabularyEnumValues(SEXES),
});

export const PopulationGroupEnum = builder.enumType('PopulationGroup', {
  description: 'Displacement status of a person (IOM DTM population categories). Label: `populationGroupLabel`.',
  values: vocabularyEnumValues(POPULATION_GROUPS),
});

export const ServiceTypeEnum = builder.enumType('ServiceType', {
  description: 'A service delivered at or through a centre. Label: `serviceTypeLabel`.',
  values: vocabularyEnumValues(SERVICE_TYPES),
});

export const VocationalCourseEnum = builder.enumType('VocationalCourse', {
  description:
    'A course taught in vocational training, on-the-job training or informal education. Label: `courseLabel`.',
  values: vocabularyEnumValues(VOCATIONAL_COURSES),
});

export const ReferralStatusEnum = builder.enumType('ReferralStatus', {
  description:
    'Where a referral stands. DRAFT → REQUESTED → ACCEPTED → IN_PROGRESS → COMPLETED; DECLINED, CANCELLED and CLOSED_NO_RESPONSE also end it. See `Referral.allowedNextStatuses`.',
  values: vocabularyEnumValues(
    REFERRAL_STATUSES,
    (status) => `${status.label}: ${status.description}${status.terminal ? ' Final.' : ''}`,
  ),
});

export const SectorEnum = builder.enumType('Sector', {
  description: 'Sector of a project or indicator; each maps to an OECD DAC 5-digit purpose code (`sectorDacCode`).',
  values: vocabularyEnumValues(SECTORS, (sector) => `${sector.label} (OECD DAC ${sector.dacCode}).`),
});

/** The sector's OECD DAC purpose code (what IATI `sector` with vocabulary 1 carries). */
export function dacCodeOf(sector: string): number | null {
  return SECTORS.find((entry) => entry.code === sector)?.dacCode ?? null;
}

export const CurrencyEnum = builder.enumType('Currency', {
  description: 'ISO 4217 currency of an amount. Amounts in different currencies are never added together.',
  values: vocabularyEnumValues(CURRENCIES, (currency) =>
    currency.minorUnits === 0
      ? `${currency.label} (whole units only)`
      : `${currency.label} (${currency.minorUnits} decimal places)`,
  ),
});

export const TransactionTypeEnum = builder.enumType('TransactionType', {
  description:
    'Kind of funding transaction, from the IATI TransactionType codelist (the code is in `transactionTypeIatiCode`).',
  values: vocabularyEnumValues(IATI_TRANSACTION_TYPES, (type) => `${type.label} (IATI code ${type.iatiCode}).`),
});

export const OrganisationTypeEnum = builder.enumType('OrganisationType', {
  description: 'Kind of organisation, from the IATI OrganisationType codelist.',
  values: vocabularyEnumValues(IATI_ORGANISATION_TYPES, (type) => `${type.label} (IATI code ${type.iatiCode}).`),
});

/** IATI OrganisationRole codes: the part an organisation plays for a centre or an activity. */
export const OrganisationRoleEnum = builder.enumType('OrganisationRole', {
  description: 'The part an organisation plays, from the IATI OrganisationRole codelist.',
  values: vocabularyEnumValues(IATI_ORGANISATION_ROLES, (role) => `${role.label} (IATI code ${role.iatiCode}).`),
});
