import { builder } from '../../builder';
import { describedTotalCount } from '../common/total-count';
import { OrganisationRef } from '../organisations/organisation';

// Defined here rather than in organisations/ so that organisations never depend on centres.
builder.prismaObjectField(OrganisationRef, 'centres', (t) =>
  t.relatedConnection(
    'centrePartnerships',
    {
      description: 'The centres this organisation operates, one edge per centre and role.',
      cursor: 'centreId_organisationId_role',
      totalCount: true,
      query: { orderBy: [{ centre: { code: 'asc' } }, { role: 'asc' }] },
    },
    {
      name: 'OrganisationCentresConnection',
      description: 'A page of the centres an organisation operates.',
      fields: describedTotalCount('How many centre partnerships the organisation has, over all pages.'),
    },
    { name: 'OrganisationCentresEdge', description: 'A centre partnership on a page, with its cursor.' },
  ),
);
