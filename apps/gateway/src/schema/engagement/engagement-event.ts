import { getArea, type EngagementType } from '@crc/domain';
import { builder } from '../../builder';
import { localeArg } from '../common/locale';
import { AdminAreaRef } from '../geography/admin-area';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { EngagementTypeEnum } from './engagement-type';

interface ParticipantsBySex {
  readonly female: number;
  readonly male: number;
}

const ParticipantsRef = builder.objectRef<ParticipantsBySex>('Participants').implement({
  description: 'People who took part, by sex, as CRP reports count them (“28 women and 45 men”).',
  fields: (t) => ({
    female: t.exposeInt('female', { description: 'Women and girls who took part.' }),
    male: t.exposeInt('male', { description: 'Men and boys who took part.' }),
    total: t.int({ description: 'Everyone who took part: female + male.', resolve: (participants) => participants.female + participants.male }),
  }),
});

/** Events carry counts only, never names: public. */
builder.prismaNode('EngagementEvent', {
  description: 'A community engagement or assessment event (town hall, survey, focus group, ...) of a centre or project, with participant counts. Public: it holds no personal data.',
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the event was; the English label of its type when none was given.' }),
    type: t.field({ type: EngagementTypeEnum, description: 'Kind of engagement.', resolve: (event) => event.type as EngagementType }),
    typeLabel: t.string({
      description: 'Kind of engagement in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (event, args, context) => vocabularyLabelIn(context, args.locale, 'engagementTypes', event.type),
    }),
    heldOn: t.expose('heldOn', { type: 'Date', description: 'Day the event was held.' }),
    centre: t.relation('centre', { nullable: true, description: 'The centre that held the event; null for a project event outside a centre.' }),
    project: t.relation('project', { nullable: true, description: 'The project the event belongs to, if any.' }),
    area: t.field({
      type: AdminAreaRef,
      description: 'Where the event was held.',
      resolve: (event) => {
        const area = getArea(event.areaPcode);
        if (area === undefined) throw new Error(`engagement event ${event.id} has an unknown p-code ${event.areaPcode}`);
        return area;
      },
    }),
    participants: t.field({
      type: ParticipantsRef,
      description: 'How many people took part, by sex.',
      resolve: (event) => ({ female: event.participantsFemale, male: event.participantsMale }),
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free-text notes.' }),
  }),
});
