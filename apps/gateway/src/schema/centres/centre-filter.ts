import type { Prisma } from '@crc/db';
import { getArea } from '@crc/domain';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { uuidOrNil } from '../common/ids';
import { OrganisationRef } from '../organisations/organisation';
import { CentreKindEnum } from './centre-kind';
// One ServiceType enum for the whole schema; service deliveries and referrals (people/) use it too.
import { ServiceTypeEnum } from '../common/vocabulary-enums';

export const CentreFilterInput = builder.inputType('CentreFilter', {
  description: 'Narrows a list of centres; conditions combine with AND.',
  fields: (t) => ({
    areaPcode: t.string({
      required: false,
      description:
        'Only centres in this area or any area inside it: a governorate’s p-code (`IQG10`) includes the centres of all its districts and sub-districts.',
    }),
    kind: t.field({ type: CentreKindEnum, required: false, description: 'Only centres of this kind.' }),
    serviceType: t.field({ type: ServiceTypeEnum, required: false, description: 'Only centres offering this service.' }),
    partnerId: t.globalID({
      required: false,
      for: OrganisationRef,
      description: 'Only centres this organisation operates (an `Organisation.id`), in any role.',
    }),
  }),
});

export interface CentreFilter {
  readonly areaPcode?: string | null;
  readonly kind?: string | null;
  readonly serviceType?: string | null;
  readonly partnerId?: { readonly id: string } | null;
}

/**
 * The Prisma `where` for a filter; shared by the page query and `totalCount` so they
 * always agree. Descendants' p-codes extend their ancestors' (IQG10 > IQG10Q05 >
 * IQG10Q05N02), so "in this area or below" is a prefix match on a known p-code. An
 * unknown p-code is refused rather than matched as a prefix (`IQG1` would match IQG1x).
 */
export function centreWhere(filter: CentreFilter | null | undefined, context: GatewayContext): Prisma.CentreWhereInput {
  const where: Prisma.CentreWhereInput = {};
  if (filter?.areaPcode) {
    const area = getArea(filter.areaPcode);
    if (area === undefined)
      throw new GraphQLError(context.i18n.t('gateway.notFound', { entity: 'AdminArea', id: filter.areaPcode }), {
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.areaPcode' },
      });
    where.areaPcode = { startsWith: area.pcode };
  }
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.serviceType) where.services = { some: { serviceType: filter.serviceType } };
  if (filter?.partnerId) where.partners = { some: { organisationId: uuidOrNil(filter.partnerId.id, 'Organisation') } };
  return where;
}
