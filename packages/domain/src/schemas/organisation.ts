import { z } from 'zod';
import { IatiOrganisationTypeSchema } from '../vocabularies/iati-organisation-types';
import { ENTITY_FIELDS } from './entity-fields';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

/**
 * IATI organisation identifier: registration agency prefix, then the organisation's
 * number there, e.g. 'XM-DAC-47066' (IOM), 'GB-CHC-202918', 'XI-IATI-EC_INTPA'.
 * IATI forbids spaces and the characters / & | ? in identifiers.
 */
const IATI_ORG_REF = /^[A-Z]{2}-[A-Z0-9]+-[^\s/&|?]+$/;

const organisationFields = {
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(300),
  acronym: z.string().trim().min(1, { error: 'must not be empty' }).max(30).optional(),
  iatiOrgRef: z
    .string()
    .trim()
    .regex(IATI_ORG_REF, { error: "must be an IATI organisation identifier such as 'XM-DAC-47066'" })
    .optional(),
  iatiType: IatiOrganisationTypeSchema,
};

/** A donor, implementing partner, government body or other organisation. */
export const OrganisationSchema = z.object({ ...ENTITY_FIELDS, ...organisationFields });
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationCreateSchema = z.object(organisationFields);
export type OrganisationCreate = z.infer<typeof OrganisationCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type OrganisationCreateInput = z.input<typeof OrganisationCreateSchema>;

export const OrganisationUpdateSchema = z
  .object(organisationFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD);
export type OrganisationUpdate = z.infer<typeof OrganisationUpdateSchema>;
