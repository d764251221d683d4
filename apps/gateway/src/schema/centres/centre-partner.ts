import type { IatiOrganisationRole } from '@crc/domain';
import { builder } from '../../builder';
import { localeArg } from '../common/locale';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { OrganisationRoleEnum } from '../common/vocabulary-enums';

export const CentrePartnerRef = builder.prismaObject('CentrePartner', {
  description: 'An organisation operating a centre, in an IATI organisation role (a centre may have several).',
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'The operating organisation.' }),
    centre: t.relation('centre', { description: 'The centre it operates.' }),
    role: t.field({ type: OrganisationRoleEnum, description: 'The part it plays.', resolve: (partner) => partner.role as IatiOrganisationRole }),
    roleLabel: t.string({
      description: 'The role in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (partner, args, context) => vocabularyLabelIn(context, args.locale, 'iatiOrganisationRoles', partner.role),
    }),
    since: t.expose('since', { type: 'Date', nullable: true, description: 'First day of the partnership; null when not recorded.' }),
    until: t.expose('until', { type: 'Date', nullable: true, description: 'Last day of the partnership; null while it lasts.' }),
  }),
});
