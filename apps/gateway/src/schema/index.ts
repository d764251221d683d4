// Imports every schema module (each registers its types and fields on the builder) and builds the schema.
import { builder } from '../builder';
import './common/scalars';
import './common/locale';
import './common/localized-name';
import './geography/admin-area';
import './geography/geography-queries';

builder.queryType({ description: 'Read the CRC Platform: geography, centres, programmes, people (restricted) and figures.' });

export const schema = builder.toSchema({ sortSchema: true });
