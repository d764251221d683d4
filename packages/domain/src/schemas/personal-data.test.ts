import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BeneficiaryUpdateSchema } from './beneficiary';
import { IsoDateSchema } from './iso-date';
import { isPersonal, personal, personalData, personalFieldsOf } from './personal-data';
import { ReferralSchema } from './referral';

describe('personal data marking', () => {
  it('finds marked fields through optional, default, nested objects and refinements', () => {
    const schema = z
      .object({
        name: personal(z.string(), 'name'),
        nickname: personal(z.string(), 'name').optional(),
        age: z.number(),
        contact: z.object({ phone: personal(z.string(), 'contact').default(''), city: z.string() }),
      })
      .refine(() => true);
    expect(personalFieldsOf(schema)).toEqual(['name', 'nickname', 'contact.phone']);
  });

  it('marks a copy, leaving the shared schema unmarked', () => {
    const birth = personal(IsoDateSchema, 'birth date');
    expect(isPersonal(birth)).toBe(true);
    expect(isPersonal(IsoDateSchema)).toBe(false);
    expect(personalData.get(birth)).toEqual({ personal: true, reason: 'birth date' });
  });

  it('survives .partial() (update schemas) and covers referral reasons', () => {
    expect(personalFieldsOf(BeneficiaryUpdateSchema)).toContain('dateOfBirth');
    expect(personalFieldsOf(ReferralSchema)).toEqual(['reason']);
  });
});
