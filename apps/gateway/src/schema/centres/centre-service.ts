import { findEntry, SERVICE_TYPES } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
// One ServiceType enum for the whole schema; service deliveries and referrals (people/) use it too.
import { ServiceTypeEnum } from '../common/vocabulary-enums';

/** Select mode, as Centre: a page reads a service's notes only when they are asked for. */
export const CentreServiceRef = builder.prismaObject('CentreService', {
  description: 'A service a centre offers.',
  // What every field but `notes` reads (and the order services are listed in).
  select: { serviceType: true },
  fields: (t) => ({
    ...vocabularyField(t, 'serviceType', {
      type: ServiceTypeEnum,
      vocabulary: 'serviceTypes',
      description: 'Which service.',
    }),
    takesCourse: t.boolean({
      description:
        'True when each delivery of this service names a course (vocational training: sewing, carpentry, ...; informal education: literacy, English, ...). Courses are recorded per delivery, not per centre.',
      resolve: (service) => findEntry(SERVICE_TYPES, service.serviceType)?.takesCourse ?? false,
    }),
    notes: t.exposeString('notes', {
      nullable: true,
      description: 'What the centre says about this service, e.g. days or target groups.',
    }),
  }),
});
