import type { Prisma } from '../generated/prisma/client';

/** Which centres a list holds; conditions combine with AND. Validated by the caller (a known p-code, a uuid). */
export interface CentreFilter {
  /** Centres in this area or any area inside it: p-codes of descendants extend their ancestors' (IQG10 > IQG10Q05). */
  readonly areaPcodePrefix?: string;
  readonly kind?: string;
  /** Centres offering this service type. */
  readonly serviceType?: string;
  /** Centres this organisation operates, in any role. */
  readonly partnerOrganisationId?: string;
}

/** The filter as Prisma's `where`: what the Prisma reads (totalCount, the pages centrePage does not serve) use. */
export function centrePrismaWhere(filter: CentreFilter): Prisma.CentreWhereInput {
  const where: Prisma.CentreWhereInput = {};
  if (filter.areaPcodePrefix !== undefined) where.areaPcode = { startsWith: filter.areaPcodePrefix };
  if (filter.kind !== undefined) where.kind = filter.kind;
  if (filter.serviceType !== undefined) where.services = { some: { serviceType: filter.serviceType } };
  if (filter.partnerOrganisationId !== undefined)
    where.partners = { some: { organisationId: filter.partnerOrganisationId } };
  return where;
}
