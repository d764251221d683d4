// Imports every schema module (each registers its types and fields on the builder) and builds the schema.
import { builder } from '../builder';
import './common/scalars';
import './common/locale';
import './common/localized-name';
import './common/errors';
import './geography/admin-area';
import './geography/geography-queries';

builder.queryType({ description: 'Read the CRC Platform: geography, centres, programmes, people (restricted) and figures.' });
builder.mutationType({ description: 'Write centre and programme records (CENTRE_STAFF and ADMIN keys). Every mutation validates its input, runs in one transaction and is audited.' });

export const schema = builder.toSchema({ sortSchema: true });
