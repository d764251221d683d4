// Imports every area (each area's index.ts imports its types, which register on the builder) and builds the schema.
import { builder } from '../builder';
import { describeInputLimits } from './describe-input-limits';
import './common';
import './geography';
import './organisations';
import './funding';
import './programmes';
import './projects';
import './engagement';
import './indicators';
import './people';
import './households';
import './centres';
import './figures';
import './displacement';
import './feedback';

builder.queryType({
  description: 'Read the CRC Platform: geography, centres, programmes, people (restricted) and figures.',
});
builder.mutationType({
  description:
    'Write centre and programme records (CENTRE_STAFF and ADMIN keys). Every mutation validates its input, runs in one transaction and is audited.',
});

export const schema = describeInputLimits(builder.toSchema({ sortSchema: true }));
