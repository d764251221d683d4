import { nameKey, nameSoundKey, normaliseArabicScript, resolveArea } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { duplicateSimilarity } from '@crc/db';

/**
 * One list of spellings, each with the plain spelling an Arabic (or ASCII) keyboard
 * gives. Area resolution, name search and duplicate detection must all take each pair
 * for the same name: they share @crc/domain's folding, and this test fails if any of
 * them gets a folding of its own. `place` marks names resolveArea must find.
 */
const SPELLINGS: readonly { readonly spelling: string; readonly plain: string; readonly place?: true }[] = [
  // alef forms (hamza, madda, wasla)
  { spelling: 'أحمد', plain: 'احمد' },
  { spelling: 'إبراهيم', plain: 'ابراهيم' },
  { spelling: 'آمنة', plain: 'امنه' },
  { spelling: 'ٱلموصل', plain: 'الموصل', place: true },
  { spelling: 'أربيل', plain: 'اربيل', place: true },
  { spelling: 'الأنبار', plain: 'الانبار', place: true },
  // hamza on a carrier, lone hamza
  { spelling: 'مؤمن', plain: 'مومن' },
  { spelling: 'عائشة', plain: 'عايشه' },
  { spelling: 'كربلاء', plain: 'كربلا', place: true },
  { spelling: 'جلولاء', plain: 'جلولا', place: true },
  { spelling: 'علاء', plain: 'علا' },
  // taa marbuta
  { spelling: 'الفلوجة', plain: 'الفلوجه', place: true },
  { spelling: 'حلبجة', plain: 'حلبجه', place: true },
  { spelling: 'فاطمة', plain: 'فاطمه' },
  // alef maqsura
  { spelling: 'ديالى', plain: 'ديالي', place: true },
  { spelling: 'نينوى', plain: 'نينوي', place: true },
  { spelling: 'مصطفى', plain: 'مصطفي' },
  { spelling: 'ليلى', plain: 'ليلي' },
  // Persian/Kurdish yeh and kaf, Sorani letters, Persian consonants
  { spelling: 'سلێمانی', plain: 'سليماني', place: true },
  { spelling: 'کەرکووک', plain: 'كهركووك', place: true },
  { spelling: 'هەولێر', plain: 'ههولير', place: true },
  { spelling: 'دهۆک', plain: 'دهوك', place: true },
  { spelling: 'یوسف', plain: 'يوسف' },
  { spelling: 'کاکە', plain: 'كاكه' },
  { spelling: 'ھەڵەبجە', plain: 'ههلهبجه', place: true },
  { spelling: 'ڕانیە', plain: 'رانيه', place: true },
  { spelling: 'گەرمیان', plain: 'كهرميان' },
  { spelling: 'پەروین', plain: 'بهروين' },
  { spelling: 'چەمچەماڵ', plain: 'جهمجهمال' },
  { spelling: 'ژیان', plain: 'زيان' },
  { spelling: 'ڤیان', plain: 'فيان' },
  // tatweel
  { spelling: 'بغـــداد', plain: 'بغداد', place: true },
  { spelling: 'محـمد', plain: 'محمد' },
  // diacritics
  { spelling: 'مُحَمَّد', plain: 'محمد' },
  { spelling: 'صَلَاحُ الدِّين', plain: 'صلاح الدين', place: true },
  { spelling: 'عَلِيّ', plain: 'علي' },
  // Arabic-Indic and Persian digits
  { spelling: 'IQG١٠', plain: 'IQG10', place: true },
  { spelling: '٠٧٥٠١٢٣٤٥٦٧', plain: '07501234567' },
  { spelling: '۱۲۳', plain: '123' },
  // zero-width non-joiner and direction marks
  { spelling: 'بغ\u200Cداد', plain: 'بغداد', place: true },
  { spelling: '\u200Fمحمد\u200E', plain: 'محمد' },
  { spelling: 'کۆ\u200Cچ', plain: 'كوج' },
  // presentation forms copied out of PDFs
  { spelling: 'ﺑﻐﺪاد', plain: 'بغداد', place: true },
  { spelling: 'ﻋﻠﻲ', plain: 'علي' },
  // Latin accents and spacing
  { spelling: 'Ibrāhīm', plain: 'Ibrahim' },
  { spelling: 'Dīyālá', plain: 'Diyala', place: true },
  { spelling: '  عبد   المجيد ', plain: 'عبد المجيد' },
];

const resolved = (text: string) => resolveArea(text).map((area) => [area.pcode, area.score, area.matchedBy]);

describe('one folding for area resolution, name search and duplicate detection', () => {
  it('has a shared list of at least 40 spellings', () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(40);
    // Every pair really differs before folding, so each one tests something.
    for (const { spelling, plain } of SPELLINGS) expect(spelling, plain).not.toBe(plain);
  });

  it.each(SPELLINGS)('$spelling folds like $plain', ({ spelling, plain }) => {
    expect(normaliseArabicScript(spelling)).toBe(normaliseArabicScript(plain));
    expect(nameKey(spelling)).toBe(nameKey(plain));
  });

  it.each(SPELLINGS)('resolveArea reads $spelling as $plain', ({ spelling, plain, place }) => {
    expect(resolved(spelling)).toEqual(resolved(plain));
    if (place) expect(resolved(plain).length, `${plain} resolves to an area`).toBeGreaterThan(0);
  });

  it.each(SPELLINGS)('a name search for $spelling finds the stored $plain, and the reverse', ({ spelling, plain }) => {
    // The search (@crc/db beneficiaryIdsMatchingName) compares both keys in SQL: equal keys always match.
    expect(nameSoundKey(spelling)).toBe(nameSoundKey(plain));
  });

  it.each(SPELLINGS)('registering $spelling finds the stored $plain as the same name key', ({ spelling, plain }) => {
    expect(duplicateSimilarity(spelling, nameKey(plain))).toBe(1);
    expect(duplicateSimilarity(plain, nameKey(spelling))).toBe(1);
  });
});
