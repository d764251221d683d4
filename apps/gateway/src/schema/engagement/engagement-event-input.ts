import { builder } from '../../builder';
import { EngagementTypeEnum } from './engagement-type';

const ParticipantsInput = builder.inputType('ParticipantsInput', {
  description: 'People who took part, by sex (whole numbers, not negative).',
  fields: (t) => ({
    female: t.int({ required: true, description: 'Women and girls.' }),
    male: t.int({ required: true, description: 'Men and boys.' }),
  }),
});

export const EngagementEventCreateInput = builder.inputType('EngagementEventCreateInput', {
  description:
    'An engagement event to record. Validated with @crc/domain `EngagementEventCreateSchema`; problems come back as a ValidationError naming each field.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'The centre that held it (global id or UUID). Give a centre, a project or both.' }),
    projectId: t.id({ required: false, description: 'The project it belongs to (global id or UUID).' }),
    engagementType: t.field({ type: EngagementTypeEnum, required: true, description: 'Kind of engagement.' }),
    heldOn: t.field({ type: 'Date', required: true, description: 'Day it was held; not in the future.' }),
    areaPcode: t.string({ required: false, description: 'Where it was held; defaults to the centre’s area, else the project’s.' }),
    title: t.string({ required: false, description: 'What it was (1 to 300 characters); defaults to the English label of its kind.' }),
    participants: t.field({ type: ParticipantsInput, required: true, description: 'How many people took part, by sex.' }),
    notes: t.string({ required: false, description: 'Free-text notes (at most 2000 characters); no names of participants.' }),
  }),
});
