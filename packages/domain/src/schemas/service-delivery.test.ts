import { describe, expect, it } from 'vitest';
import { IDS } from './fixtures.test-data';
import { formatIssues } from './format-issues';
import { ServiceDeliveryCreateSchema } from './service-delivery';

const tailoring = {
  beneficiaryId: IDS.a,
  centreId: IDS.b,
  serviceType: 'vocational_training',
  deliveredOn: '2017-10-02',
  course: 'sewing_tailoring',
};
const fields = (input: object) =>
  formatIssues(ServiceDeliveryCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('ServiceDeliveryCreateSchema', () => {
  it('accepts a delivery with or without a course', () => {
    expect(ServiceDeliveryCreateSchema.parse(tailoring).course).toBe('sewing_tailoring');
    expect(
      ServiceDeliveryCreateSchema.parse({ ...tailoring, serviceType: 'legal_counselling', course: undefined }).course,
    ).toBeUndefined();
  });

  it('rejects a course on a service that takes none, unknown courses and future dates', () => {
    expect(fields({ ...tailoring, serviceType: 'legal_counselling' })).toEqual(['course']);
    expect(fields({ ...tailoring, course: 'juggling' })).toEqual(['course']);
    expect(fields({ ...tailoring, deliveredOn: '2999-01-01' })).toEqual(['deliveredOn']);
    expect(fields({ ...tailoring, beneficiaryId: 'manal' })).toEqual(['beneficiaryId']);
  });
});
