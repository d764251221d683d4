import { BeneficiaryCreateSchema, getArea } from '@crc/domain';
import { nameKey } from '@crc/i18n';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { ForbiddenError } from '../../errors/forbidden-error';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput } from '../common/ids';
import { dateColumn } from '../common/calendar-date';
import { findDuplicateCandidates, PossibleDuplicatesError } from './duplicate-candidates';
import { fullNameOf } from './name-match';
import { requireOwnCentre } from './record-guards';
import { withoutNulls } from '../common/without-nulls';
import { recordNotFound } from '../common/record-not-found';

const RegisterBeneficiaryInput = builder.inputType('RegisterBeneficiaryInput', {
  description:
    'A person to register. Validated with @crc/domain `BeneficiaryCreateSchema`: every problem comes back in one ValidationError naming its field, in the request’s language.',
  fields: (t) => ({
    registrationCentreId: t.id({ required: true, description: 'The centre registering the person (global id or UUID); one the key is bound to.' }),
    givenName: t.string({ required: true, description: 'Given name, any script.' }),
    fatherName: t.string({ required: false, description: 'Father’s name.' }),
    familyName: t.string({ required: true, description: 'Family name.' }),
    phone: t.string({ required: false, description: 'Phone number, e.g. `0751 234 2550` or `+964 751 234 2550`; stored without spaces.' }),
    dateOfBirth: t.field({ type: 'Date', required: true, description: 'Date of birth; not in the future.' }),
    dateOfBirthEstimated: t.boolean({
      required: false,
      description: 'True when only the year or an age was known (default false). Recorded in the audit log; the database has no column for it yet.',
    }),
    sex: t.string({
      required: true,
      description: 'A `sexes` code: `female`, `male` or `not_recorded` (lower case; a wrong code is a ValidationError on `sex`).',
    }),
    populationGroup: t.string({
      required: true,
      description: 'A `populationGroups` code: `idp`, `returnee`, `host_community`, `refugee` or `other`.',
    }),
    householdSize: t.int({ required: true, description: 'People in the household, the person included: 1 to 100.' }),
    areaOfResidencePcode: t.string({ required: true, description: 'P-code of the area where the person lives, e.g. `IQG10Q05N02`.' }),
    registeredOn: t.field({ type: 'Date', required: true, description: 'Date of registration; not in the future nor before the date of birth.' }),
    consentToDataProcessing: t.boolean({
      required: true,
      description: 'Must be true: a person is registered only with their informed consent. Recorded in the audit log.',
    }),
    consentToShareWithPartners: t.boolean({
      required: false,
      description: 'Whether the person agreed to their data being shared with partners for referrals (default false). Recorded in the audit log.',
    }),
  }),
});

builder.mutationField('registerBeneficiary', (t) =>
  t.prismaField({
    type: 'Beneficiary',
    description:
      'Registers a person at a centre (CENTRE_STAFF of that centre, or ADMIN). First looks for people already registered who may be the same person (same area, same birth year, same or similar name in any script, among the people the caller may see): if there are any and `confirmNotDuplicate` is not true, returns PossibleDuplicates and writes nothing. Otherwise writes the person and an audit-log row in one transaction.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError, PossibleDuplicatesError],
      union: { name: 'RegisterBeneficiaryResult', description: 'The registered person, possible duplicates, or why nothing was written.' },
      result: { name: 'RegisterBeneficiarySuccess', description: 'The person was registered.' },
      dataField: { name: 'beneficiary', description: 'The registered person.' },
    },
    args: {
      input: t.arg({ type: RegisterBeneficiaryInput, required: true, description: 'The person to register.' }),
      confirmNotDuplicate: t.arg.boolean({
        required: false,
        description: 'True after checking the PossibleDuplicates of an earlier call: register even though similar people exist.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const raw = withoutNulls(args.input);
      const input = parseInput(
        BeneficiaryCreateSchema,
        { ...raw, registrationCentreId: idFromInput(String(args.input.registrationCentreId), 'Centre') },
        context,
      );
      if (getArea(input.areaOfResidencePcode) === undefined)
        throw recordNotFound(context, 'AdminArea', 'areaOfResidencePcode', input.areaOfResidencePcode);
      const fullName = fullNameOf(input);

      const id = await context.prisma.$transaction(async (tx) => {
        await requireOwnCentre(tx, context, input.registrationCentreId, 'registrationCentreId');
        if (args.confirmNotDuplicate !== true) {
          const candidates = await findDuplicateCandidates(tx, context.viewer, {
            fullName,
            dateOfBirth: input.dateOfBirth,
            areaPcode: input.areaOfResidencePcode,
          });
          if (candidates.length > 0)
            throw new PossibleDuplicatesError(context.i18n.t('gateway.possibleDuplicates', { count: candidates.length }), candidates);
        }
        const beneficiary = await tx.beneficiary.create({
          data: {
            registrationCentreId: input.registrationCentreId,
            areaPcode: input.areaOfResidencePcode,
            givenName: input.givenName,
            fatherName: input.fatherName ?? null,
            familyName: input.familyName,
            nameKey: nameKey(fullName),
            phone: input.phone ?? null,
            birthDate: dateColumn(input.dateOfBirth),
            sex: input.sex,
            populationGroup: input.populationGroup,
            householdSize: input.householdSize,
            registeredOn: dateColumn(input.registeredOn),
          },
        });
        await recordAudit(tx, context.viewer, {
          action: 'create',
          entity: 'Beneficiary',
          entityId: beneficiary.id,
          // Facts of the registration the table has no columns for yet stay on record here.
          after: {
            ...beneficiary,
            dateOfBirthEstimated: input.dateOfBirthEstimated,
            consentToDataProcessing: input.consentToDataProcessing,
            consentToShareWithPartners: input.consentToShareWithPartners,
            confirmedNotDuplicate: args.confirmNotDuplicate === true,
          },
        });
        return beneficiary.id;
      });
      return context.prisma.beneficiary.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
