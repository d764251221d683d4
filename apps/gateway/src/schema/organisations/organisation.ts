import type { Organisation, PothosPrismaTypes, Prisma } from '@crc/db';
import { IATI_ORGANISATION_TYPES, findEntry } from '@crc/domain';
import type { SchemaTypes } from '@pothos/core';
import type { PrismaModelTypes, PrismaNodeRef } from '@pothos/plugin-prisma';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { OrganisationTypeEnum } from '../common/vocabulary-enums';
import { describedTotalCount } from '../common/total-count';
import { uuidOrNil } from '../common/ids';

type GatewayTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;

/**
 * Donors, implementing partners and recipients: public reference data (no personal data).
 * Typed explicitly: other areas import this ref, and its inferred type would name a
 * type inside @crc/db's bundled declarations that TypeScript cannot reference (TS2742).
 */
export const OrganisationRef: PrismaNodeRef<
  GatewayTypes,
  PrismaModelTypes & PothosPrismaTypes['Organisation'],
  Organisation
> = builder.prismaNode('Organisation', {
  description: 'A donor, implementing partner, government body or other organisation.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name, e.g. `International Organization for Migration`.' }),
    acronym: t.exposeString('acronym', { nullable: true, description: 'Short name, e.g. `IOM`.' }),
    iatiRef: t.exposeString('iatiRef', {
      nullable: true,
      description: 'IATI organisation identifier, e.g. `XM-DAC-47066`.',
    }),
    ...vocabularyField(t, 'type', {
      type: OrganisationTypeEnum,
      vocabulary: 'iatiOrganisationTypes',
      description: 'IATI organisation type.',
    }),
    typeIatiCode: t.int({
      nullable: true,
      description:
        'The IATI OrganisationType code, e.g. 40 for multilateral; null for a type the platform does not know.',
      resolve: (organisation) => findEntry(IATI_ORGANISATION_TYPES, organisation.type)?.iatiCode ?? null,
    }),
    isViewerOrganisation: t.boolean({
      description:
        'True when the caller’s PARTNER key belongs to this organisation (its own records are visible to it).',
      resolve: (organisation, _args, context) => context.viewer.organisationId === organisation.id,
    }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.prismaConnection(
    {
      type: OrganisationRef,
      cursor: 'id',
      description: 'Organisations (donors, partners, government bodies), by name.',
      args: { filter: t.arg({ type: OrganisationFilterInput, required: false, description: 'Narrows the list.' }) },
      resolve: (query, _root, args, context) =>
        context.prisma.organisation.findMany({
          ...query,
          where: organisationWhere(args.filter),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) =>
        context.prisma.organisation.count({ where: organisationWhere(args.filter) }),
    },
    {
      name: 'OrganisationConnection',
      description: 'A page of organisations.',
      fields: describedTotalCount('How many organisations match the filter, over all pages.'),
    },
    { name: 'OrganisationEdge', description: 'An organisation on a page, with its cursor.' },
  ),
  organisation: t.prismaField({
    type: OrganisationRef,
    nullable: true,
    description: 'One organisation by its global id; null when none has that id.',
    args: { id: t.arg.globalID({ required: true, for: OrganisationRef, description: 'The organisation’s `id`.' }) },
    resolve: (query, _root, args, context) =>
      context.prisma.organisation.findUnique({ ...query, where: { id: uuidOrNil(args.id.id, 'Organisation') } }),
  }),
}));

export const OrganisationFilterInput = builder.inputType('OrganisationFilter', {
  description: 'Narrows a list of organisations; conditions combine with AND.',
  fields: (t) => ({
    type: t.field({
      type: OrganisationTypeEnum,
      required: false,
      description: 'Only organisations of this IATI type.',
    }),
    search: t.string({
      required: false,
      description: 'Only organisations whose name, acronym or IATI identifier contains this text (case ignored).',
    }),
  }),
});

export interface OrganisationFilter {
  readonly type?: string | null;
  readonly search?: string | null;
}

/** The Prisma `where` for a filter; shared by the page query and `totalCount` so they always agree. */
export function organisationWhere(filter: OrganisationFilter | null | undefined): Prisma.OrganisationWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(filter?.type ? { type: filter.type } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { acronym: { contains: search, mode: 'insensitive' } },
            { iatiRef: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}
