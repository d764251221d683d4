import { DISPLACEMENT_SOURCES, getArea, type AdminLevel, type PopulationGroup } from '@crc/domain';
import { builder } from '../../builder';
import { localeArg } from '../common/locale';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { PopulationGroupEnum } from '../common/vocabulary-enums';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { AdminAreaRef, AdminLevelEnum } from '../geography/admin-area';

export const DisplacementSourceEnum = builder.enumType('DisplacementSource', {
  description: 'Where a displacement figure comes from. Label: `sourceLabel`.',
  values: vocabularyEnumValues(DISPLACEMENT_SOURCES),
});

/** DTM figures are public aggregates (counts per area and round, never people). */
builder.prismaNode('DisplacementFigure', {
  description:
    'One IOM DTM figure: individuals (and households) of one population group in one area, or one location inside it, in one round. Round 0 marks a figure quoted in an IOM document, dated by `reportingDate` only. Public.',
  id: { field: 'id' },
  fields: (t) => ({
    area: t.field({
      type: AdminAreaRef,
      description: 'The area the figure is for (the deepest level the source gives).',
      resolve: (figure) => getArea(figure.areaPcode)!,
    }),
    level: t.field({ type: AdminLevelEnum, description: 'Level of `area`.', resolve: (figure) => figure.level as AdminLevel }),
    locationCode: t.exposeString('locationCode', { nullable: true, description: 'DTM location id when the figure is for one location inside the area; null for an area total.' }),
    locationName: t.exposeString('locationName', { nullable: true, description: 'DTM location name, as the source writes it.' }),
    round: t.exposeInt('round', { description: 'DTM round number; 0 for a figure quoted in an IOM document (no round).' }),
    reportingDate: t.expose('reportingDate', { type: 'Date', description: 'Date the figure was reported (or is “as of”).' }),
    populationGroup: t.field({
      type: PopulationGroupEnum,
      description: 'Whom the figure counts: IDPS or RETURNEES.',
      resolve: (figure) => figure.populationGroup as PopulationGroup,
    }),
    populationGroupLabel: t.string({
      description: '`populationGroup` in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (figure, args, context) => vocabularyLabelIn(context, args.locale, 'populationGroups', figure.populationGroup),
    }),
    individuals: t.exposeInt('individuals', { description: 'Individuals counted.' }),
    households: t.exposeInt('households', { nullable: true, description: 'Households (families) counted; null when the source gives none.' }),
    source: t.field({
      type: DisplacementSourceEnum,
      description: 'Where the figure comes from.',
      resolve: (figure) => figure.source as (typeof DISPLACEMENT_SOURCES)[number]['code'],
    }),
    sourceLabel: t.string({
      description: '`source` in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (figure, args, context) => vocabularyLabelIn(context, args.locale, 'displacementSources', figure.source),
    }),
    sourceRef: t.exposeString('sourceRef', {
      nullable: true,
      description: 'The row at the source: DTM API id, file row, or the IOM document and what it says. Generated demo figures say “Illustrative”.',
    }),
  }),
});
