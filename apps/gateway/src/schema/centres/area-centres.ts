import { builder } from '../../builder';
import { AdminAreaRef } from '../geography/admin-area';
import { CentreRef } from './centre';
import { centresWithinAreaLoader } from './centres-within-area-loader';

builder.objectField(AdminAreaRef, 'centres', (t) =>
  t.prismaField({
    type: [CentreRef],
    description:
      'Centres located in this area or any area inside it, by code. Loaded for all areas of a request at once; for paging, use `centres(filter: { areaPcode })`.',
    resolve: (query, area, _args, context) => centresWithinAreaLoader(context, query).load(area.pcode),
  }),
);
