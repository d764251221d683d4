import { findEntry, SERVICE_TYPES, type ServiceType } from '@crc/domain';
import { builder } from '../../builder';
import { localeArg } from '../common/locale';
import { vocabularyLabelIn } from '../common/vocabulary-label';
// One ServiceType enum for the whole schema; service deliveries and referrals (people/) use it too.
import { ServiceTypeEnum } from '../common/vocabulary-enums';

export const CentreServiceRef = builder.prismaObject('CentreService', {
  description: 'A service a centre offers.',
  fields: (t) => ({
    serviceType: t.field({ type: ServiceTypeEnum, description: 'Which service.', resolve: (service) => service.serviceType as ServiceType }),
    serviceTypeLabel: t.string({
      description: 'The service in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (service, args, context) => vocabularyLabelIn(context, args.locale, 'serviceTypes', service.serviceType),
    }),
    takesCourse: t.boolean({
      description:
        'True when each delivery of this service names a course (vocational training: sewing, carpentry, ...; informal education: literacy, English, ...). Courses are recorded per delivery, not per centre.',
      resolve: (service) => findEntry(SERVICE_TYPES, service.serviceType)?.takesCourse ?? false,
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'What the centre says about this service, e.g. days or target groups.' }),
  }),
});
