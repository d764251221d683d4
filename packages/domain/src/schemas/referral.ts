import { z } from 'zod';
import { INITIAL_REFERRAL_STATUS } from '../rules/referral-lifecycle';
import { ReferralStatusSchema } from '../vocabularies/referral-statuses';
import { ServiceTypeSchema } from '../vocabularies/service-types';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { IsoDateSchema, PastOrTodayDateSchema } from './iso-date';
import { personal, personalFieldsOf } from './personal-data';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const referralFields = {
  beneficiaryId: IdSchema,
  fromCentreId: IdSchema,
  toOrganisationId: IdSchema,
  serviceType: ServiceTypeSchema,
  status: ReferralStatusSchema,
  /** Often describes the person's situation (protection, health), so it is personal data. */
  reason: personal(
    z.string().trim().min(1, { error: 'must say why the person is referred' }).max(2000),
    'describes the person’s situation',
  ),
  referredOn: PastOrTodayDateSchema,
  /** A follow-up date: when to chase an answer or check the outcome. */
  followUpOn: IsoDateSchema.optional(),
};

type ReferralFields = z.output<z.ZodObject<typeof referralFields>>;

function checkReferral(referral: Partial<ReferralFields>, ctx: z.RefinementCtx): void {
  if (referral.followUpOn && referral.referredOn && referral.followUpOn < referral.referredOn) {
    ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'must not be before the referral date' });
  }
}

/** A referral of a beneficiary from a centre to a service provider. */
export const ReferralSchema = z
  .object({ ...ENTITY_FIELDS, ...referralFields })
  .superRefine(checkReferral, AFTER_FIELD_CHECKS);
export type Referral = z.infer<typeof ReferralSchema>;

/**
 * The personal fields of a Referral (its reason), declared once by `personal()` above: the
 * gateway guards each, the audit log names them without their values, erasure clears them.
 */
export const REFERRAL_PERSONAL_FIELDS: readonly string[] = Object.freeze(personalFieldsOf(ReferralSchema));

/** A new referral starts as a draft, or is sent at once (requested). */
export const ReferralCreateSchema = z
  .object({
    ...referralFields,
    status: z
      .enum(['draft', 'requested'], { error: 'a new referral starts as "draft" or "requested"' })
      .default(INITIAL_REFERRAL_STATUS as 'draft'),
  })
  .superRefine(checkReferral, AFTER_FIELD_CHECKS);
export type ReferralCreate = z.infer<typeof ReferralCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type ReferralCreateInput = z.input<typeof ReferralCreateSchema>;

/**
 * Editing a referral's details. The status is not editable here: status changes go
 * through ReferralStatusChangeSchema and assertReferralTransition, which need the
 * current status.
 */
const { status: _status, ...editableReferralFields } = referralFields;
export const ReferralUpdateSchema = z
  .object(editableReferralFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkReferral, AFTER_FIELD_CHECKS);
export type ReferralUpdate = z.infer<typeof ReferralUpdateSchema>;

/** Moving a referral to a new status (checked against the lifecycle by the caller). */
export const ReferralStatusChangeSchema = z.object({
  status: ReferralStatusSchema,
  changedOn: PastOrTodayDateSchema,
  note: z.string().trim().max(2000).optional(),
});
export type ReferralStatusChange = z.infer<typeof ReferralStatusChangeSchema>;
