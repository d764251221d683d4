import type { ReachDimension } from '@crc/db';
import type { Dimension } from '@crc/metrics';
import { builder } from '../../builder';

/** What a reach table is broken down by, as the gateway names it (areas are one dimension, at `areaLevel`). */
export type ReachDimensionCode = Exclude<ReachDimension, 'governorate' | 'district' | 'subdistrict'>;

export const ReachDimensionEnum = builder.enumType('ReachDimension', {
  description:
    'A breakdown of people reached. With two or more dimensions the last is the columns and the others the rows.',
  values: {
    SEX: { value: 'sex', description: 'Sex of the person (`NOT_RECORDED` counted as its own category).' },
    AGE_BRACKET: {
      value: 'ageBracket',
      description: 'Age in completed years on `at`, in age brackets; people without a birth date under `not_recorded`.',
    },
    POPULATION_GROUP: {
      value: 'populationGroup',
      description: 'Displacement status of the person (IDP, returnee, ...).',
    },
    DISABILITY_STATUS: {
      value: 'disabilityStatus',
      description:
        'Disability by the Washington Group Short Set cut-off: `with_disability` when any of the six domains is answered “a lot of difficulty” or “cannot do at all”, `without_disability` when all six are answered below that, `not_recorded` otherwise (not asked, or an answer missing). Published through the same disclosure control as every reach figure.',
    },
    AREA: {
      value: 'area',
      description:
        'Area of residence at `areaLevel`: a sub-district rolls up to its district and governorate; people recorded more coarsely, or without an area, under `not_recorded`.',
    },
    SERVICE_TYPE: { value: 'serviceType', description: 'The service delivered.' },
    SECTOR: {
      value: 'sector',
      description:
        'The sector of the project a service was delivered under; deliveries outside any project under `not_recorded`.',
    },
  } as const,
});

/** The gateway dimension a @crc/metrics table dimension stands for (area levels are AREA). */
export function reachDimensionOf(dimension: Dimension): ReachDimensionCode {
  return dimension === 'governorate' || dimension === 'district' || dimension === 'subdistrict' ? 'area' : dimension;
}
