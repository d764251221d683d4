import type { Organisation, PothosPrismaTypes } from '@crc/db';
import { IATI_ORGANISATION_TYPES, findEntry } from '@crc/domain';
import type { SchemaTypes } from '@pothos/core';
import type { PrismaModelTypes, PrismaNodeRef } from '@pothos/plugin-prisma';
import { builder } from '../../builder';
import { localeArg } from '../common/locale';
import { OrganisationTypeEnum } from '../common/vocabulary-enums';
import { vocabularyLabelIn } from '../common/vocabulary-label';

type GatewayTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;

/**
 * Donors, implementing partners and recipients: public reference data (no personal data).
 * Typed explicitly: other areas import this ref, and its inferred type would name a
 * type inside @crc/db's bundled declarations that TypeScript cannot reference (TS2742).
 */
export const OrganisationRef: PrismaNodeRef<GatewayTypes, PrismaModelTypes & PothosPrismaTypes['Organisation'], Organisation> = builder.prismaNode('Organisation', {
  description: 'A donor, implementing partner, government body or other organisation.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name, e.g. `International Organization for Migration`.' }),
    acronym: t.exposeString('acronym', { nullable: true, description: 'Short name, e.g. `IOM`.' }),
    iatiRef: t.exposeString('iatiRef', { nullable: true, description: 'IATI organisation identifier, e.g. `XM-DAC-47066`.' }),
    type: t.field({
      type: OrganisationTypeEnum,
      description: 'IATI organisation type.',
      resolve: (organisation) => organisation.type as (typeof IATI_ORGANISATION_TYPES)[number]['code'],
    }),
    typeIatiCode: t.int({
      nullable: true,
      description: 'The IATI OrganisationType code, e.g. 40 for multilateral; null for a type the platform does not know.',
      resolve: (organisation) => findEntry(IATI_ORGANISATION_TYPES, organisation.type)?.iatiCode ?? null,
    }),
    typeLabel: t.string({
      description: 'The organisation type in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (organisation, args, context) => vocabularyLabelIn(context, args.locale, 'iatiOrganisationTypes', organisation.type),
    }),
  }),
});
