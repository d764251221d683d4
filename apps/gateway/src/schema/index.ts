// Imports every schema module (each registers its types and fields on the builder) and builds the schema.
import { builder } from '../builder';
import './common/scalars';
import './common/locale';
import './common/localized-name';
import './common/errors';
import './geography/admin-area';
import './geography/geography-queries';
import './funding/organisation';
import './funding/funding';
import './funding/funding-by-donor';
import './funding/record-funding';
import './programmes/programme';
import './programmes/programme-queries';
import './projects/project';
import './projects/project-queries';
import './projects/create-project';
import './projects/update-project';
import './engagement/engagement-event';
import './engagement/engagement-queries';
import './engagement/record-engagement-event';
import './indicators/indicator';
import './indicators/indicator-queries';
import './organisations/organisation-role';
import './organisations/organisation-fields';
import './organisations/organisation-queries';
import './centres/centre-kind';
import './centres/weekday';
import './centres/centre-service';
import './centres/centre-partner';
import './centres/centre';
import './centres/centre-queries';
import './centres/organisation-centres';
import './centres/area-centres';

builder.queryType({ description: 'Read the CRC Platform: geography, centres, programmes, people (restricted) and figures.' });
builder.mutationType({ description: 'Write centre and programme records (CENTRE_STAFF and ADMIN keys). Every mutation validates its input, runs in one transaction and is audited.' });

export const schema = builder.toSchema({ sortSchema: true });
