import { builder } from '../../builder';
// The Organisation type itself (name, acronym, IATI ref and type) is defined with funding,
// which needed it first; this module adds what the organisations area owns.
import { OrganisationRef } from './organisation';

builder.prismaObjectFields(OrganisationRef, (t) => ({
  isViewerOrganisation: t.boolean({
    description: 'True when the caller’s PARTNER key belongs to this organisation (its own records are visible to it).',
    resolve: (organisation, _args, context) => context.viewer.organisationId === organisation.id,
  }),
}));
