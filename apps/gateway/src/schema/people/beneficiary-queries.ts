import type { Prisma } from '@crc/db';
import { builder } from '../../builder';
import './beneficiary';
import { beneficiaryWhere, BeneficiaryFilterInput } from './beneficiary-filter';
import { visibleBeneficiaries } from './people-access';
import { describedTotalCount } from '../common/total-count';
import { uuidOrNil } from '../common/ids';

/** The where clause is computed once per field call and shared by the page and its totalCount. */
const whereByArgs = new WeakMap<object, Promise<Prisma.BeneficiaryWhereInput>>();

builder.queryFields((t) => ({
  beneficiaries: t.prismaConnection(
    {
      type: 'Beneficiary',
      cursor: 'id',
      nullable: true,
      description:
        'People registered at centres, latest registration first. CENTRE_STAFF see only the people of their own centres (a `centreId` of another centre gives an empty page); ADMIN see everyone. PUBLIC and PARTNER are refused: null with a FORBIDDEN error.',
      authScopes: { centreStaff: true },
      args: { filter: t.arg({ type: BeneficiaryFilterInput, required: false, description: 'Conditions the people must meet.' }) },
      resolve: async (query, _root, args, context) => {
        const where = beneficiaryWhere(context.prisma, context.viewer, args.filter);
        whereByArgs.set(args, where);
        return context.prisma.beneficiary.findMany({ ...query, where: await where, orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }] });
      },
      totalCount: async (_root, args, context) =>
        context.prisma.beneficiary.count({ where: await (whereByArgs.get(args) ?? beneficiaryWhere(context.prisma, context.viewer, args.filter)) }),
    },
    { name: 'BeneficiaryConnection', description: 'A page of registered people.', fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.') },
    { name: 'BeneficiaryEdge', description: 'A registered person, with its cursor.' },
  ),
  beneficiary: t.prismaField({
    type: 'Beneficiary',
    nullable: true,
    description:
      'One registered person by global id (or UUID). Null when no person has that id or the person is registered at a centre the caller’s key is not bound to (the answer does not tell which). PUBLIC and PARTNER are refused with FORBIDDEN.',
    authScopes: { centreStaff: true },
    args: { id: t.arg.id({ required: true, description: 'The person’s global `id` (or UUID).' }) },
    resolve: (query, _root, args, context) =>
      context.prisma.beneficiary.findFirst({ ...query, where: { AND: [{ id: uuidOrNil(String(args.id), 'Beneficiary') }, visibleBeneficiaries(context.viewer)] } }),
  }),
}));
