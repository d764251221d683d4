import { vocabularySchema } from './vocabulary';

/** Types of community project in IOM Iraq's transition and recovery programming (CRP). */
export const PROJECT_TYPES = [
  { code: 'community_assistance_project', label: 'Community assistance project', acronym: 'CAP' },
  { code: 'quick_impact_project', label: 'Quick impact project', acronym: 'QIP' },
  { code: 'community_service_project', label: 'Community service project', acronym: 'CSP' },
] as const;

export const ProjectTypeSchema = /* @__PURE__ */ vocabularySchema(PROJECT_TYPES, 'project type');
export type ProjectType = (typeof PROJECT_TYPES)[number]['code'];
