import type { PublishedDisplacementFigure } from '@crc/db';
import { getArea } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { PopulationGroupEnum } from '../common/vocabulary-enums';
import { AdminAreaRef } from '../geography/admin-area';

const PublishedFigureScopeEnum = builder.enumType('PublishedFigureScope', {
  description: 'What a published figure that belongs to no single area covers.',
  values: {
    COUNTRY: { value: 'country', description: 'All of Iraq (the country is not an area of the p-code scheme).' },
    OPERATION: {
      value: 'operation',
      description: 'A military operation’s displacement, over several districts (see `areas`).',
    },
  } as const,
});

const PublishedDisplacementFigureRef = builder
  .objectRef<PublishedDisplacementFigure>('PublishedDisplacementFigure')
  .implement({
    description:
      'A displacement figure an IOM document quotes for the whole country or for an operation spanning several areas. Kept apart from area figures: it belongs to no one area, and adding it to area totals would count people twice.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Stable key of the figure, e.g. `iraq-idps-2017-10`.' }),
      scope: t.field({
        type: PublishedFigureScopeEnum,
        description: 'What the figure covers.',
        resolve: (figure) => figure.scope as 'country' | 'operation',
      }),
      areas: t.field({
        type: [AdminAreaRef],
        description: 'Districts an operation figure covers; empty for the country.',
        resolve: (figure) => figure.areaPcodes.flatMap((pcode) => getArea(pcode) ?? []),
      }),
      ...vocabularyField(t, 'populationGroup', {
        type: PopulationGroupEnum,
        vocabulary: 'populationGroups',
        description: 'IDPS or RETURNEES.',
      }),
      individuals: t.exposeInt('individuals', {
        description: 'Individuals, as the document rounds them (“over 31,200” is 31,200).',
      }),
      periodStart: t.expose('periodStart', {
        type: 'Date',
        nullable: true,
        description: 'Start of the period the figure covers, when the document gives one.',
      }),
      reportingDate: t.expose('reportingDate', { type: 'Date', description: 'The date the figure is “as of”.' }),
      sourceRef: t.exposeString('sourceRef', { description: 'The document and what it says, in English.' }),
    }),
  });

builder.queryField('publishedDisplacementFigures', (t) =>
  t.field({
    type: [PublishedDisplacementFigureRef],
    description:
      'National and operation-wide displacement figures quoted in IOM documents, as stored (loaded with the demo data), oldest first. Public.',
    args: {
      scope: t.arg({ type: PublishedFigureScopeEnum, required: false, description: 'Only figures of this scope.' }),
    },
    resolve: (_root, args, context) =>
      context.prisma.publishedDisplacementFigure.findMany({
        where: args.scope == null ? {} : { scope: args.scope },
        orderBy: [{ reportingDate: 'asc' }, { key: 'asc' }],
      }),
  }),
);
