import { nameSoundKey } from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import type { BulkColumn } from './bulk-insert';

// Column lists of the bulk-inserted tables (names as mapped in schema.prisma). The
// load tests compare what lands in the database with the generated rows, so a
// renamed or added NOT NULL column fails there.

type Value = string | number | boolean | Date | null | undefined;
const col = <Row>(column: string, type: BulkColumn<Row>['type'], value: (row: Row) => Value): BulkColumn<Row> => ({
  column,
  type,
  value,
});

export const BENEFICIARY_COLUMNS: readonly BulkColumn<Prisma.BeneficiaryCreateManyInput>[] = [
  col('id', 'uuid', (r) => r.id),
  col('registration_centre_id', 'uuid', (r) => r.registrationCentreId),
  col('area_pcode', 'text', (r) => r.areaOfResidencePcode),
  col('given_name', 'text', (r) => r.givenName),
  col('father_name', 'text', (r) => r.fatherName),
  col('family_name', 'text', (r) => r.familyName),
  col('mother_name', 'text', (r) => r.motherName),
  col('name_key', 'text', (r) => r.nameKey),
  // Raw SQL bypasses the client that derives it (search/name-sound-keys.ts): derived here the same way.
  col('name_sound_key', 'text', (r) => r.nameSoundKey ?? nameSoundKey(r.nameKey)),
  col('birth_date', 'date', (r) => r.dateOfBirth),
  col('sex', 'text', (r) => r.sex),
  col('population_group', 'text', (r) => r.populationGroup),
  col('household_size', 'integer', (r) => r.householdSize),
  col('phone', 'text', (r) => r.phone),
  col('registered_on', 'date', (r) => r.registeredOn),
  col('illustrative', 'boolean', (r) => r.illustrative),
];

export const SERVICE_DELIVERY_COLUMNS: readonly BulkColumn<Prisma.ServiceDeliveryCreateManyInput>[] = [
  col('id', 'uuid', (r) => r.id),
  col('beneficiary_id', 'uuid', (r) => r.beneficiaryId),
  col('centre_id', 'uuid', (r) => r.centreId),
  col('project_id', 'uuid', (r) => r.projectId),
  col('service_type', 'text', (r) => r.serviceType),
  col('course', 'text', (r) => r.course),
  col('delivered_on', 'date', (r) => r.deliveredOn),
  col('notes', 'text', (r) => r.notes),
  col('illustrative', 'boolean', (r) => r.illustrative),
];

export const REFERRAL_COLUMNS: readonly BulkColumn<Prisma.ReferralCreateManyInput>[] = [
  col('id', 'uuid', (r) => r.id),
  col('beneficiary_id', 'uuid', (r) => r.beneficiaryId),
  col('from_centre_id', 'uuid', (r) => r.fromCentreId),
  col('to_organisation_id', 'uuid', (r) => r.toOrganisationId),
  col('service_type', 'text', (r) => r.serviceType),
  col('status', 'text', (r) => r.status),
  col('reason', 'text', (r) => r.reason),
  col('referred_on', 'date', (r) => r.referredOn),
  col('closed_on', 'date', (r) => r.closedOn),
  col('illustrative', 'boolean', (r) => r.illustrative),
];

export const REFERRAL_STATUS_CHANGE_COLUMNS: readonly BulkColumn<Prisma.ReferralStatusChangeCreateManyInput>[] = [
  col('id', 'uuid', (r) => r.id),
  col('referral_id', 'uuid', (r) => r.referralId),
  col('from_status', 'text', (r) => r.fromStatus),
  col('to_status', 'text', (r) => r.toStatus),
  col('changed_at', 'timestamptz', (r) => r.changedAt),
  col('changed_by', 'text', (r) => r.changedBy),
  col('note', 'text', (r) => r.note),
];
