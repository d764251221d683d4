import { vocabularySchema } from './vocabulary';

/**
 * Courses taught in vocational training, on-the-job training and informal education,
 * as the IOM documents name them (tailoring for women in Kirkuk, English and literacy,
 * barbering in Dahuk, smithery in Anbar, carpentry in Thi-Qar, ...). A course belongs
 * to a delivery of a service type whose `takesCourse` is true; `usualServiceType` is
 * the service it is most often delivered as (literacy is informal education, sewing
 * is vocational training), a default for forms, not a constraint.
 */
export const VOCATIONAL_COURSES = [
  { code: 'literacy', label: 'Literacy', usualServiceType: 'informal_education' },
  { code: 'english_language', label: 'English language', usualServiceType: 'informal_education' },
  { code: 'arabic_language', label: 'Arabic language', usualServiceType: 'informal_education' },
  { code: 'kurdish_language', label: 'Kurdish language', usualServiceType: 'informal_education' },
  { code: 'computer_skills', label: 'Computer skills', usualServiceType: 'vocational_training' },
  { code: 'sewing_tailoring', label: 'Sewing and tailoring', usualServiceType: 'vocational_training' },
  { code: 'hairdressing', label: 'Hairdressing', usualServiceType: 'vocational_training' },
  { code: 'barbering', label: 'Barbering', usualServiceType: 'vocational_training' },
  { code: 'air_conditioning_repair', label: 'Air-conditioning repair', usualServiceType: 'vocational_training' },
  { code: 'arts_and_crafts', label: 'Arts and crafts', usualServiceType: 'vocational_training' },
  { code: 'carpentry', label: 'Carpentry', usualServiceType: 'vocational_training' },
  { code: 'smithery', label: 'Smithery and welding', usualServiceType: 'on_the_job_training' },
  { code: 'car_painting', label: 'Car painting', usualServiceType: 'on_the_job_training' },
  {
    code: 'wool_spinning_carpet_weaving',
    label: 'Wool spinning and carpet weaving',
    usualServiceType: 'vocational_training',
  },
  { code: 'online_marketing', label: 'Online marketing', usualServiceType: 'vocational_training' },
  { code: 'other', label: 'Other course', usualServiceType: 'vocational_training' },
] as const satisfies readonly {
  code: string;
  label: string;
  usualServiceType: 'informal_education' | 'vocational_training' | 'on_the_job_training';
}[];

export const VocationalCourseSchema = /* @__PURE__ */ vocabularySchema(VOCATIONAL_COURSES, 'vocational course');
export type VocationalCourse = (typeof VOCATIONAL_COURSES)[number]['code'];
