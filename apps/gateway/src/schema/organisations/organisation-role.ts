import { IATI_ORGANISATION_ROLES } from '@crc/domain';
import { builder } from '../../builder';

/** IATI OrganisationRole codes: the part an organisation plays for a centre or an activity. */
export const OrganisationRoleEnum = builder.enumType('OrganisationRole', {
  description: 'The part an organisation plays, from the IATI OrganisationRole codelist.',
  values: Object.fromEntries(
    IATI_ORGANISATION_ROLES.map((role) => [
      role.code.toUpperCase(),
      { value: role.code, description: `${role.label} (IATI code ${role.iatiCode}).` },
    ]),
  ),
});
