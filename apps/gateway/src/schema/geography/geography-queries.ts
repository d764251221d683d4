import { governorates, getArea, PcodeSchema, resolveArea } from '@crc/domain';
import { z } from 'zod';
import { builder } from '../../builder';
import { AdminAreaRef, AdminLevelEnum } from './admin-area';

const ResolvedAreaRef = builder.objectRef<ReturnType<typeof resolveArea>[number]>('ResolvedArea').implement({
  description: 'An area that a piece of free text may name, with how well it matched.',
  fields: (t) => ({
    area: t.field({ type: AdminAreaRef, description: 'The matching area.', resolve: (match) => match }),
    score: t.exposeFloat('score', { description: '1 for an exact match; lower for loose or approximate spellings.' }),
    matchedBy: t.string({
      description: 'What matched: `pcode`, `iso`, `name` or `alias` (a known variant spelling).',
      resolve: (match) => match.matchedBy,
    }),
  }),
});

builder.queryFields((t) => ({
  governorates: t.field({
    type: [AdminAreaRef],
    description: 'The 18 governorates of Iraq, by p-code.',
    resolve: () => governorates(),
  }),
  adminArea: t.field({
    type: AdminAreaRef,
    nullable: true,
    description: 'One governorate, district or sub-district by OCHA p-code; null when no area has that p-code.',
    args: { pcode: t.arg.string({ required: true, description: 'OCHA p-code, e.g. `IQG10Q05`.', validate: PcodeSchema }) },
    resolve: (_root, { pcode }) => getArea(pcode) ?? null,
  }),
  resolveArea: t.field({
    type: [ResolvedAreaRef],
    description:
      'Resolves a place name as written in reports and spreadsheets (English, Arabic or Sorani, any common spelling, p-code or ISO code) to areas, best match first. A name shared by a governorate and its district returns both, governorate first: nothing is guessed silently.',
    args: {
      text: t.arg.string({
        required: true,
        description: 'The text to resolve, e.g. `Salahadin` or `نينوى`.',
        validate: z.string().trim().min(1).max(200),
      }),
      level: t.arg({ type: AdminLevelEnum, required: false, description: 'Only areas at this level.' }),
      limit: t.arg.int({ required: false, description: 'At most this many matches (default 10, at most 50).', validate: z.number().int().min(1).max(50) }),
    },
    resolve: (_root, { text, level, limit }) =>
      resolveArea(text, { ...(level ? { level } : {}), limit: limit ?? 10 }),
  }),
}));

