import { z } from 'zod';

/**
 * One page of `GET /api/v2/assets/{uid}/data/?format=json`: Django REST framework's
 * limit/offset pagination, `next`/`previous` absolute URLs or null, the submissions in `results`.
 * Submissions are checked one by one later (flattenSubmission), so that one malformed
 * submission is a reject, not a failed sync.
 */
export const KoboDataPageSchema = z.object({
  count: z.int().nonnegative(),
  next: z.string().min(1).nullable(),
  previous: z.string().nullable().optional(),
  results: z.array(z.unknown()),
});
export type KoboDataPage = z.infer<typeof KoboDataPageSchema>;

/** A form label: one entry per translation of `content.translations` (null where untranslated). */
const LabelsSchema = z.array(z.string().nullable()).optional();

/** A row of the XLSForm `survey` sheet as the asset's `content.survey` holds it. */
export const KoboSurveyRowSchema = z.looseObject({
  type: z.string().min(1),
  name: z.string().optional(),
  /** KPI's stable name when `name` was left empty in the form builder. */
  $autoname: z.string().optional(),
  label: LabelsSchema,
  select_from_list_name: z.string().optional(),
});
export type KoboSurveyRow = z.infer<typeof KoboSurveyRowSchema>;

/** A row of the XLSForm `choices` sheet (`content.choices`). */
export const KoboChoiceSchema = z.looseObject({
  list_name: z.string().min(1),
  name: z.string().optional(),
  $autovalue: z.string().optional(),
  label: LabelsSchema,
});
export type KoboChoice = z.infer<typeof KoboChoiceSchema>;

/** `GET /api/v2/assets/{uid}/?format=json`: the parts of an asset the importer reads. */
export const KoboAssetSchema = z.looseObject({
  uid: z.string().min(1),
  name: z.string(),
  content: z.looseObject({
    survey: z.array(KoboSurveyRowSchema),
    choices: z.array(KoboChoiceSchema).optional(),
    /** e.g. ["English (en)", "Arabic (ar)"]; [null] for a form without named translations. */
    translations: z.array(z.string().nullable()).optional(),
  }),
});
export type KoboAsset = z.infer<typeof KoboAssetSchema>;

/** The metadata every v2 submission carries; everything else is the form's own answers. */
export const KoboSubmissionMetaSchema = z.looseObject({
  _id: z.int({ error: 'must be the whole-number submission id' }),
  _uuid: z.string({ error: 'must be the submission uuid' }).trim().min(1, { error: 'must not be empty' }),
  _submission_time: z
    .string({ error: 'must be the submission time' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, {
      error: 'must be an ISO date-time such as 2026-11-30T09:15:02',
    }),
});
