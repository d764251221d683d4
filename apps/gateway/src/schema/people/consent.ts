import { recordConsent, withdrawConsent, type Beneficiary as BeneficiaryRow } from '@crc/db';
import { CONSENT_PURPOSES, consentAllows, purposesInForce, type ConsentPurpose, type ConsentState } from '@crc/domain';
import { builder } from '../../builder';
import { commandActor } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { commandValue } from '../common/command-value';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput } from '../common/ids';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { BeneficiaryObject } from './beneficiary';

export const ConsentPurposeEnum = builder.enumType('ConsentPurpose', {
  description:
    'What a person may agree to, and withdraw, one purpose at a time. DATA_PROCESSING is required to register; withdrawing it withdraws every purpose.',
  values: vocabularyEnumValues(CONSENT_PURPOSES),
});

function consentOf(person: BeneficiaryRow): ConsentState {
  return {
    givenOn: person.consentGivenOn,
    purposesGiven: person.consentPurposes,
    purposesWithdrawn: person.consentPurposesWithdrawn,
  };
}

const ConsentRef = builder.objectRef<BeneficiaryRow>('Consent').implement({
  description:
    'A person’s consent: what they agreed to, when and how it was recorded, and what they withdrew. What each purpose allows is @crc/domain `consentAllows`: referrals to partners need SHARING_WITH_PARTNERS, phone calls CONTACT (the phone is not served without it), new records and figures DATA_PROCESSING.',
  fields: (t) => ({
    givenOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'When consent was last given; null for people registered before consent was recorded by purpose (their paper consent covered every purpose).',
      resolve: (person) => person.consentGivenOn,
    }),
    purposesGiven: t.field({
      type: [ConsentPurposeEnum],
      description: 'The purposes agreed to.',
      resolve: (person) => person.consentPurposes as ConsentPurpose[],
    }),
    recordedHow: t.exposeString('consentRecordedHow', {
      nullable: true,
      description: 'How the consent was recorded, e.g. `signed form`.',
    }),
    withdrawnOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The latest withdrawal; null when nothing was withdrawn.',
      resolve: (person) => person.consentWithdrawnOn,
    }),
    purposesWithdrawn: t.field({
      type: [ConsentPurposeEnum],
      description: 'The purposes withdrawn.',
      resolve: (person) => person.consentPurposesWithdrawn as ConsentPurpose[],
    }),
    purposesInForce: t.field({
      type: [ConsentPurposeEnum],
      description: 'What the data may be used for now.',
      resolve: (person) => purposesInForce(consentOf(person)),
    }),
    purposesInForceLabels: t.stringList({
      description: '`purposesInForce` in the request’s language.',
      resolve: (person, _args, context) =>
        purposesInForce(consentOf(person)).map((purpose) => context.i18n.vocabularyLabel('consentPurposes', purpose)),
    }),
    mayRefer: t.boolean({
      description: 'Whether the person may be referred to a partner organisation (SHARING_WITH_PARTNERS in force).',
      resolve: (person) => consentAllows(consentOf(person), 'referral_to_partner'),
    }),
    mayContact: t.boolean({
      description: 'Whether the person may be called (CONTACT in force).',
      resolve: (person) => consentAllows(consentOf(person), 'contact'),
    }),
    countedInFigures: t.boolean({
      description: 'Whether the person counts in figures (DATA_PROCESSING in force).',
      resolve: (person) => consentAllows(consentOf(person), 'figures'),
    }),
  }),
});

builder.objectFields(BeneficiaryObject, (t) => ({
  consent: t.field({
    type: ConsentRef,
    description:
      'The person’s consent and what it allows now (seen by those who may see the person: ADMIN and CENTRE_STAFF of the registration centre).',
    nullable: true,
    authScopes: (person) => ({ personalDataAt: person.registrationCentreId }),
    resolve: (person) => person,
  }),
}));

const consentResult = (name: string, done: string) => ({
  types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
  union: { name: `${name}Result`, description: `The person with the consent ${done}, or why nothing was written.` },
  result: { name: `${name}Success`, description: `The consent was ${done}.` },
  dataField: { name: 'beneficiary', description: 'The person, with their consent as it is now.' },
});

builder.mutationFields((t) => ({
  recordConsent: t.field({
    type: BeneficiaryObject,
    description:
      'Records consent a registered person gives (CENTRE_STAFF of their centre, or ADMIN): the purposes join those given, a purpose withdrawn before is given anew. Audited with codes and dates only.',
    authScopes: { centreStaff: true },
    errors: consentResult('RecordConsent', 'recorded'),
    args: {
      beneficiaryId: t.arg.id({ required: true, description: 'The person (global id or UUID).' }),
      givenOn: t.arg({ type: 'Date', required: true, description: 'When the consent was given; not in the future.' }),
      purposes: t.arg({ type: [ConsentPurposeEnum], required: true, description: 'The purposes agreed to.' }),
      recordedHow: t.arg.string({ required: true, description: 'How it was recorded, e.g. `signed form`.' }),
    },
    resolve: async (_root, args, context) =>
      commandValue(
        await recordConsent(context.prisma, commandActor(context.viewer), {
          beneficiaryId: idFromInput(args.beneficiaryId, 'Beneficiary'),
          givenOn: args.givenOn,
          purposes: args.purposes,
          recordedHow: args.recordedHow,
        }),
        context,
      ),
  }),
  withdrawConsent: t.field({
    type: BeneficiaryObject,
    description:
      'Records that a person withdrew consent for some purposes (CENTRE_STAFF of their centre, or ADMIN). From then on the commands refuse what needs them (referrals without SHARING_WITH_PARTNERS, any new record without DATA_PROCESSING), the phone is not served without CONTACT, and without DATA_PROCESSING the person leaves every figure.',
    authScopes: { centreStaff: true },
    errors: consentResult('WithdrawConsent', 'withdrawn'),
    args: {
      beneficiaryId: t.arg.id({ required: true, description: 'The person (global id or UUID).' }),
      withdrawnOn: t.arg({
        type: 'Date',
        required: true,
        description: 'When consent was withdrawn; not in the future.',
      }),
      purposes: t.arg({ type: [ConsentPurposeEnum], required: true, description: 'The purposes withdrawn.' }),
    },
    resolve: async (_root, args, context) =>
      commandValue(
        await withdrawConsent(context.prisma, commandActor(context.viewer), {
          beneficiaryId: idFromInput(args.beneficiaryId, 'Beneficiary'),
          withdrawnOn: args.withdrawnOn,
          purposes: args.purposes,
        }),
        context,
      ),
  }),
}));
