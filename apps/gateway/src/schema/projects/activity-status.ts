import { IATI_ACTIVITY_STATUSES } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

export const ActivityStatusEnum = builder.enumType('ActivityStatus', {
  description: 'Where a project stands, from the IATI ActivityStatus codelist (the code is in `statusIatiCode`).',
  values: vocabularyEnumValues(IATI_ACTIVITY_STATUSES, (status) => `${status.label} (IATI code ${status.iatiCode}).`),
});

/** The IATI ActivityStatus code of a status. */
export function iatiCodeOfStatus(status: string): number | null {
  return IATI_ACTIVITY_STATUSES.find((entry) => entry.code === status)?.iatiCode ?? null;
}
