import { z } from 'zod';
import { SERVICE_TYPES, ServiceTypeSchema } from '../vocabularies/service-types';
import { VocationalCourseSchema } from '../vocabularies/vocational-courses';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const serviceDeliveryFields = {
  beneficiaryId: IdSchema,
  centreId: IdSchema,
  serviceType: ServiceTypeSchema,
  deliveredOn: PastOrTodayDateSchema,
  /** The course taken, for service types that take one (vocational training, ...). */
  course: VocationalCourseSchema.optional(),
  projectId: IdSchema.optional(),
  providerOrganisationId: IdSchema.optional(),
};

type ServiceDeliveryFields = z.output<z.ZodObject<typeof serviceDeliveryFields>>;

function checkServiceDelivery(delivery: Partial<ServiceDeliveryFields>, ctx: z.RefinementCtx): void {
  if (delivery.course === undefined || delivery.serviceType === undefined) return;
  const type = SERVICE_TYPES.find((candidate) => candidate.code === delivery.serviceType);
  if (type && !type.takesCourse) {
    ctx.addIssue({
      code: 'custom',
      path: ['course'],
      message: `a ${type.label.toLowerCase()} service has no course; courses go with vocational training, on-the-job training or informal education`,
    });
  }
}

/** One service delivered to one beneficiary on one day. */
export const ServiceDeliverySchema = z
  .object({ ...ENTITY_FIELDS, ...serviceDeliveryFields })
  .superRefine(checkServiceDelivery, AFTER_FIELD_CHECKS);
export type ServiceDelivery = z.infer<typeof ServiceDeliverySchema>;

export const ServiceDeliveryCreateSchema = z
  .object(serviceDeliveryFields)
  .superRefine(checkServiceDelivery, AFTER_FIELD_CHECKS);
export type ServiceDeliveryCreate = z.infer<typeof ServiceDeliveryCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type ServiceDeliveryCreateInput = z.input<typeof ServiceDeliveryCreateSchema>;

export const ServiceDeliveryUpdateSchema = z
  .object(serviceDeliveryFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkServiceDelivery, AFTER_FIELD_CHECKS);
export type ServiceDeliveryUpdate = z.infer<typeof ServiceDeliveryUpdateSchema>;
