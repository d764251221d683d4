import { builder } from '../../builder';
import { ActivityStatusEnum } from './activity-status';
import { ProjectTypeEnum } from './project-type';
import { SectorEnum } from '../common/vocabulary-enums';

export const BeneficiaryTargetsInput = builder.inputType('BeneficiaryTargetsInput', {
  description: 'People a project plans to reach, each figure in its own unit.',
  fields: (t) => ({
    individuals: t.int({ required: false, description: 'Individuals targeted (a whole number, not negative).' }),
    households: t.int({ required: false, description: 'Households targeted (a whole number, not negative).' }),
  }),
});

export const ProjectCreateInput = builder.inputType('ProjectCreateInput', {
  description: 'A new project. Validated with @crc/domain `ProjectCreateSchema`; problems come back as a ValidationError naming each field.',
  fields: (t) => ({
    programmeId: t.id({ required: true, description: 'The programme (global id or UUID).' }),
    code: t.string({ required: false, description: 'IATI activity identifier or own code, unique across projects; the project’s UUID when omitted.' }),
    title: t.string({ required: true, description: 'Title, 1 to 300 characters.' }),
    description: t.string({ required: false, description: 'What the project does (at most 5000 characters).' }),
    type: t.field({ type: ProjectTypeEnum, required: true, description: 'Type of project.' }),
    sector: t.field({ type: SectorEnum, required: true, description: 'Sector.' }),
    iatiStatus: t.field({ type: ActivityStatusEnum, required: true, description: 'IATI activity status; a CLOSED project needs an end date.' }),
    areaPcode: t.string({ required: true, description: 'OCHA p-code of the area the project works in, e.g. `IQG10Q05`.' }),
    implementingOrganisationId: t.id({ required: false, description: 'The implementing partner (global id or UUID).' }),
    donorOrganisationIds: t.idList({ required: false, description: 'Declared donors (global ids or UUIDs), each once.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'First day.' }),
    endDate: t.field({ type: 'Date', required: false, description: 'Last day; not before the start date.' }),
    beneficiariesTargeted: t.field({ type: BeneficiaryTargetsInput, required: false, description: 'People the project plans to reach.' }),
  }),
});

export const ProjectUpdateInput = builder.inputType('ProjectUpdateInput', {
  description:
    'Changes to a project: only the fields given change. Null keeps a field as it is, except `endDate`, `description` and `implementingOrganisationId`, which null clears. Validated with @crc/domain `ProjectUpdateSchema`, then the result as a whole (an end date before the start date is refused however it comes about).',
  fields: (t) => ({
    programmeId: t.id({ required: false, description: 'Move the project to this programme; its funding moves with it.' }),
    code: t.string({ required: false, description: 'New code, unique across projects.' }),
    title: t.string({ required: false, description: 'New title.' }),
    description: t.string({ required: false, description: 'New description; null clears it.' }),
    type: t.field({ type: ProjectTypeEnum, required: false, description: 'New type.' }),
    sector: t.field({ type: SectorEnum, required: false, description: 'New sector.' }),
    iatiStatus: t.field({ type: ActivityStatusEnum, required: false, description: 'New IATI activity status.' }),
    areaPcode: t.string({ required: false, description: 'New area p-code.' }),
    implementingOrganisationId: t.id({ required: false, description: 'New implementing partner; null clears it.' }),
    donorOrganisationIds: t.idList({ required: false, description: 'Replaces the declared donors.' }),
    startDate: t.field({ type: 'Date', required: false, description: 'New first day.' }),
    endDate: t.field({ type: 'Date', required: false, description: 'New last day; null clears it (an open-ended project).' }),
    beneficiariesTargeted: t.field({
      type: BeneficiaryTargetsInput,
      required: false,
      description: 'New targets; replaces both figures (an omitted figure is cleared).',
    }),
  }),
});
