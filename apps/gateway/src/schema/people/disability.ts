import { disabilityColumnOf, recordDisability, type Beneficiary as BeneficiaryRow } from '@crc/db';
import {
  DISABILITY_STATUSES,
  disabilityStatusOf,
  WASHINGTON_GROUP_ANSWERS,
  WASHINGTON_GROUP_DOMAINS,
  type WashingtonGroupAnswer,
  type WashingtonGroupAnswers,
} from '@crc/domain';
import { builder } from '../../builder';
import { commandActor } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { commandValue } from '../common/command-value';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput } from '../common/ids';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { vocabularyField } from '../common/vocabulary-field';
import { BeneficiaryObject } from './beneficiary';

export const WashingtonGroupAnswerEnum = builder.enumType('WashingtonGroupAnswer', {
  description: 'An answer to a Washington Group Short Set question, least to most difficulty.',
  values: vocabularyEnumValues(WASHINGTON_GROUP_ANSWERS),
});

export const DisabilityStatusEnum = builder.enumType('DisabilityStatus', {
  description:
    'Disability status derived from the Washington Group Short Set: WITH_DISABILITY when at least one domain is “a lot of difficulty” or “cannot do at all”, WITHOUT_DISABILITY when all six are answered below that, NOT_RECORDED otherwise. Label: `disabilityStatusLabel`.',
  values: vocabularyEnumValues(DISABILITY_STATUSES),
});

/** A person's answers by domain, read from the six columns. */
export function washingtonGroupAnswersOf(person: BeneficiaryRow): WashingtonGroupAnswers {
  return Object.fromEntries(
    WASHINGTON_GROUP_DOMAINS.map((domain) => [
      domain.code,
      person[disabilityColumnOf(domain.code)] as WashingtonGroupAnswer | null,
    ]),
  );
}

/** GraphQL names for the domains: camelCase of the code (`self_care` → `selfCare`). */
const fieldName = (code: string) => code.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

const WashingtonGroupAnswersRef = builder.objectRef<BeneficiaryRow>('WashingtonGroupAnswers').implement({
  description:
    'A person’s answers to the six Washington Group Short Set questions (health data: as restricted as the person). Null: not asked.',
  fields: (t) => ({
    askedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the questions were asked.',
      resolve: (person) => person.disabilityAskedOn,
    }),
    ...Object.fromEntries(
      WASHINGTON_GROUP_DOMAINS.map((domain) => [
        fieldName(domain.code),
        t.field({
          type: WashingtonGroupAnswerEnum,
          nullable: true,
          description: `Difficulty ${domain.label.charAt(0).toLowerCase()}${domain.label.slice(1)}.`,
          resolve: (person) => person[disabilityColumnOf(domain.code)] as WashingtonGroupAnswer | null,
        }),
      ]),
    ),
  }),
});

builder.objectFields(BeneficiaryObject, (t) => ({
  disability: t.field({
    type: WashingtonGroupAnswersRef,
    description:
      'The Washington Group Short Set answers. Personal data: only ADMIN and CENTRE_STAFF of the person’s registration centre.',
    nullable: true,
    authScopes: (person) => ({ personalDataAt: person.registrationCentreId }),
    resolve: (person) => person,
  }),
  ...vocabularyField(t, 'disabilityStatus', {
    type: DisabilityStatusEnum,
    vocabulary: 'disabilityStatuses',
    description: 'Derived from `disability` by the Washington Group cut-off. Personal data, guarded like `disability`.',
    nullable: true,
    code: (person: BeneficiaryRow) => disabilityStatusOf(washingtonGroupAnswersOf(person)),
    authScopes: (person: BeneficiaryRow) => ({ personalDataAt: person.registrationCentreId }),
  }),
}));

const WashingtonGroupAnswersInput = builder.inputType('WashingtonGroupAnswersInput', {
  description: 'Answers to the Washington Group Short Set; leave out a question not asked.',
  fields: (t) =>
    Object.fromEntries(
      WASHINGTON_GROUP_DOMAINS.map((domain) => [
        fieldName(domain.code),
        t.field({ type: WashingtonGroupAnswerEnum, required: false, description: domain.label }),
      ]),
    ) as Record<string, ReturnType<typeof t.field>>,
});

builder.mutationField('recordDisability', (t) =>
  t.field({
    type: BeneficiaryObject,
    description:
      'Records a person’s Washington Group Short Set answers (CENTRE_STAFF of their centre, or ADMIN); they replace the earlier ones as a whole. Audited without the answers.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: {
        name: 'RecordDisabilityResult',
        description: 'The person with the answers recorded, or why nothing was written.',
      },
      result: { name: 'RecordDisabilitySuccess', description: 'The answers were recorded.' },
      dataField: { name: 'beneficiary', description: 'The person.' },
    },
    args: {
      beneficiaryId: t.arg.id({ required: true, description: 'The person (global id or UUID).' }),
      askedOn: t.arg({
        type: 'Date',
        required: true,
        description: 'When the questions were asked; not in the future.',
      }),
      answers: t.arg({ type: WashingtonGroupAnswersInput, required: true, description: 'The answers.' }),
    },
    resolve: async (_root, args, context) => {
      const given = args.answers as Record<string, WashingtonGroupAnswer | null | undefined>;
      const answers = Object.fromEntries(
        WASHINGTON_GROUP_DOMAINS.map((domain) => [domain.code, given[fieldName(domain.code)] ?? null]),
      );
      return commandValue(
        await recordDisability(context.prisma, commandActor(context.viewer), {
          beneficiaryId: idFromInput(args.beneficiaryId, 'Beneficiary'),
          askedOn: args.askedOn,
          answers,
        }),
        context,
      );
    },
  }),
);
