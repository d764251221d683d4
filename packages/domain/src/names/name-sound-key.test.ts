import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key';
import { nameSoundKey } from './name-sound-key';

describe('nameSoundKey', () => {
  it('is the same for a name in Arabic script and its Latin transliterations', () => {
    expect(nameSoundKey('محمد حسن علي')).toBe('mhmd hsn l');
    for (const spelling of ['Mohammed Hassan Ali', 'Muhammad Hasan Ali', 'Mohamed Hasan Aly'])
      expect(nameSoundKey(spelling), spelling).toBe('mhmd hsn l');
    expect(nameSoundKey('فاطمة حسين')).toBe(nameSoundKey('Fatima Hussein'));
    expect(nameSoundKey('Fatimah Husein')).toBe(nameSoundKey('فاطمه حسين'));
    expect(nameSoundKey('زينب كريم')).toBe(nameSoundKey('Zainab Kareem'));
    expect(nameSoundKey('عبدالله')).toBe(nameSoundKey('Abdullah'));
    expect(nameSoundKey('شيماء')).toBe(nameSoundKey('Shaimaa'));
  });

  it('leaves articles out and writes lower-case ASCII only (pg_trgm folds case: sh is q, not S)', () => {
    expect(nameSoundKey('حسن العلي')).toBe(nameSoundKey('Hassan al-Ali'));
    expect(nameSoundKey('Hassan al Ali')).toBe('hsn l');
    expect(nameSoundKey('شيماء')).toBe('qm');
    expect(nameSoundKey('سيماء')).toBe('sm');
    expect(nameSoundKey('کەرکووک هەولێر ئیبراهیم')).toMatch(/^[a-z ]+$/);
  });

  it('is a function of the name key: every spelling with the same key has the same sound key', () => {
    for (const name of ['أحمد', 'فاطمة', 'عبد المجيد', 'کەرکووک', 'Ibrāhīm'])
      expect(nameSoundKey(nameKey(name)), name).toBe(nameSoundKey(name));
  });

  it('keeps names with other consonants apart', () => {
    expect(nameSoundKey('Ahmed')).not.toBe(nameSoundKey('Mohammed'));
    expect(nameSoundKey('زينب')).not.toBe(nameSoundKey('فاطمة'));
    expect(nameSoundKey('')).toBe('');
  });
});
