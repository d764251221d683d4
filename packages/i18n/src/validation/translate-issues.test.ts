import { BeneficiaryCreateSchema } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { type ValidationIssue, translateIssues } from './translate-issues';

describe('translateIssues', () => {
  // A beneficiary form filled in badly (names: IOM 001).
  const input = { givenName: '', familyName: 'عبدالمجيد', sex: 'x', dateOfBirth: '2017-13-01', householdSize: 2.5 };
  const result = BeneficiaryCreateSchema.safeParse(input);
  if (result.success) throw new Error('the fixture should fail validation');

  it('renders domain validation errors in Arabic with the field label', () => {
    const byField = new Map(translateIssues('ar', result.error, { input }).map((issue) => [issue.field, issue]));
    expect(byField.get('givenName')?.message).toBe('حقل «الاسم الأول» مطلوب');
    expect(byField.get('sex')?.message).toBe('قيمة «الجنس» ليست من القيم المسموح بها');
    expect(byField.get('dateOfBirth')?.message).toBe('«تاريخ الميلاد» ليس تاريخًا صالحًا (سنة-شهر-يوم)');
    expect(byField.get('householdSize')?.message).toBe('يجب أن يكون «عدد أفراد الأسرة» عددًا صحيحًا');
    expect(byField.get('populationGroup')?.message).toBe('حقل «الفئة السكانية» مطلوب');
    expect(byField.get('consentToDataProcessing')?.message).toBe('يجب تأكيد «الموافقة على معالجة البيانات»');
  });

  it('renders them in Sorani and English', () => {
    const ckb = translateIssues('ckb', result.error, { input });
    expect(ckb.find((issue) => issue.field === 'givenName')?.message).toBe('پڕکردنەوەی «ناوی یەکەم» پێویستە');
    const en = translateIssues('en', result.error, { input });
    expect(en.find((issue) => issue.field === 'householdSize')?.message).toBe('Household size must be a whole number');
    expect(en.find((issue) => issue.field === 'givenName')?.sourceMessage).toBe('must not be empty');
  });

  it('uses plurals, bounds in the user digits, nested labels and a visible unknown field', () => {
    const issues: ValidationIssue[] = [
      { code: 'too_small', origin: 'string', minimum: 3, inclusive: true, path: ['name'] },
      { code: 'too_big', origin: 'number', maximum: 100, inclusive: true, path: ['participants', 'female'] },
      { code: 'too_small', origin: 'number', minimum: 0, inclusive: false, path: ['targets', 0, 'value'] },
      { code: 'custom', path: ['somethingNew'] },
      { code: 'unrecognized_keys', keys: ['a', 'b'], path: [] },
    ];
    expect(translateIssues('ar', issues).map((issue) => issue.message)).toEqual([
      'يجب ألا يقل «الاسم» عن ٣ أحرف',
      'يجب ألا يزيد «المشاركون: إناث» على ١٠٠',
      'يجب أن يكون «الأهداف: القيمة» أكبر من ٠',
      '«somethingNew» غير صالح',
      'يحتوي «هذا السجل» على حقلين غير معروفين: a, b',
    ]);
    expect(translateIssues('ar', issues.slice(1, 2), { digits: 'latn' })[0]?.message).toBe(
      'يجب ألا يزيد «المشاركون: إناث» على 100',
    );
  });
});
