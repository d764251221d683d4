import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { OrganisationRoleEnum } from '../common/vocabulary-enums';

export const CentrePartnerRef = builder.prismaObject('CentrePartner', {
  description: 'An organisation operating a centre, in an IATI organisation role (a centre may have several).',
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'The operating organisation.' }),
    centre: t.relation('centre', { description: 'The centre it operates.' }),
    ...vocabularyField(t, 'role', {
      type: OrganisationRoleEnum,
      vocabulary: 'iatiOrganisationRoles',
      description: 'The part it plays.',
    }),
    since: t.expose('since', {
      type: 'Date',
      nullable: true,
      description: 'First day of the partnership; null when not recorded.',
    }),
    until: t.expose('until', {
      type: 'Date',
      nullable: true,
      description: 'Last day of the partnership; null while it lasts.',
    }),
  }),
});
