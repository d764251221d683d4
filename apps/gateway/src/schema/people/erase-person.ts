import { erasePerson, type Erasure } from '@crc/db';
import { builder } from '../../builder';
import { commandActor } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { commandValue } from '../common/command-value';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput } from '../common/ids';
import { BeneficiaryObject } from './beneficiary';

const ErasureRef = builder.objectRef<Erasure>('Erasure').implement({
  description: 'The outcome of `erasePerson`.',
  fields: (t) => ({
    beneficiaryId: t.exposeString('beneficiaryId', {
      description: 'UUID of the anonymised record (it stays, without identifying data).',
    }),
    erasedAt: t.expose('erasedAt', { type: 'DateTime', description: 'When the person was erased (the first time).' }),
    alreadyErased: t.exposeBoolean('alreadyErased', {
      description: 'True when the person had been erased before: this call changed nothing.',
    }),
  }),
});

builder.objectFields(BeneficiaryObject, (t) => ({
  erasedAt: t.expose('erasedAt', {
    type: 'DateTime',
    nullable: true,
    description:
      'When the person’s identifying data was erased (names, phone, exact birth date and free text about them are gone); null if never.',
  }),
}));

builder.mutationField('erasePerson', (t) =>
  t.field({
    type: ErasureRef,
    description:
      'ADMIN only. Anonymises a person, irreversibly: names, phone, how consent was recorded, the day of birth (the year and month stay) and every free text about them (delivery notes, referral reasons and notes, feedback summaries, contacts and responses, duplicate decisions, personal values of older audit rows) are cleared. The record, its record key, sex, area, population group, disability answers, deliveries and household stay, so no published figure moves. A second call answers `alreadyErased: true`. Audited without the erased values.',
    authScopes: { admin: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: { name: 'ErasePersonResult', description: 'The erasure, or why nothing was written.' },
      result: { name: 'ErasePersonSuccess', description: 'The person is erased.' },
      dataField: { name: 'erasure', description: 'What was done.' },
    },
    args: { beneficiaryId: t.arg.id({ required: true, description: 'The person (global id or UUID).' }) },
    resolve: async (_root, args, context) =>
      commandValue(
        await erasePerson(context.prisma, commandActor(context.viewer), {
          beneficiaryId: idFromInput(args.beneficiaryId, 'Beneficiary'),
        }),
        context,
      ),
  }),
);
