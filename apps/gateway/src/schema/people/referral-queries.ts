import type { Prisma } from '@crc/db';
import type { Viewer } from '../../auth/viewer';
import { builder } from '../../builder';
import { uuidOrNil } from '../common/ids';
import { visibleBeneficiaries } from './people-access';
import './referral';
import { describedTotalCount } from '../common/total-count';
import { ReferralStatusEnum } from '../common/vocabulary-enums';

const ReferralFilterInput = builder.inputType('ReferralFilter', {
  description: 'Narrows `referrals`; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: ReferralStatusEnum, required: false, description: 'Only referrals in this status.' }),
    centreId: t.id({ required: false, description: 'The referring centre (global id or UUID).' }),
    beneficiaryId: t.id({ required: false, description: 'The person (global id or UUID).' }),
  }),
});

function referralWhere(viewer: Viewer, filter: typeof ReferralFilterInput.$inferInput | null | undefined) {
  const conditions: Prisma.ReferralWhereInput[] = [{ beneficiary: visibleBeneficiaries(viewer) }];
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.centreId) conditions.push({ fromCentreId: uuidOrNil(String(filter.centreId), 'Centre') });
  if (filter?.beneficiaryId) conditions.push({ beneficiaryId: uuidOrNil(String(filter.beneficiaryId), 'Beneficiary') });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  referrals: t.prismaConnection(
    {
      type: 'Referral',
      cursor: 'id',
      nullable: true,
      description:
        'Referrals of people, latest first. CENTRE_STAFF see the referrals of the people registered at their centres; ADMIN all. PUBLIC and PARTNER are refused: null with a FORBIDDEN error.',
      authScopes: { centreStaff: true },
      args: { filter: t.arg({ type: ReferralFilterInput, required: false, description: 'Conditions the referrals must meet.' }) },
      resolve: (query, _root, args, context) =>
        context.prisma.referral.findMany({ ...query, where: referralWhere(context.viewer, args.filter), orderBy: [{ referredOn: 'desc' }, { id: 'asc' }] }),
      totalCount: (_root, args, context) => context.prisma.referral.count({ where: referralWhere(context.viewer, args.filter) }),
    },
    { name: 'ReferralConnection', description: 'A page of referrals.', fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.') },
    { name: 'ReferralEdge', description: 'A referral, with its cursor.' },
  ),
}));
