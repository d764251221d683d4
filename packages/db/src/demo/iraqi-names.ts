/**
 * Common Iraqi names in Arabic script with a usual Latin transliteration, for
 * generated (illustrative) people. Several spellings of one name exist in the wild;
 * the transliteration is the one most often seen in Iraqi English documents.
 */
export interface NamePart {
  readonly ar: string;
  readonly latin: string;
}

const part = (ar: string, latin: string): NamePart => ({ ar, latin });

export const MALE_GIVEN_NAMES: readonly NamePart[] = [
  part('محمد', 'Mohammed'), part('أحمد', 'Ahmed'), part('علي', 'Ali'), part('حسين', 'Hussein'), part('حسن', 'Hassan'),
  part('عمر', 'Omar'), part('مصطفى', 'Mustafa'), part('إبراهيم', 'Ibrahim'), part('يوسف', 'Yousif'), part('خالد', 'Khalid'),
  part('عبد الله', 'Abdullah'), part('عبد الرحمن', 'Abdulrahman'), part('حيدر', 'Haider'), part('عباس', 'Abbas'), part('كريم', 'Kareem'),
  part('سعد', 'Saad'), part('محمود', 'Mahmoud'), part('جاسم', 'Jasim'), part('قاسم', 'Qasim'), part('صلاح', 'Salah'),
  part('ناصر', 'Nasser'), part('فاضل', 'Fadhil'), part('رعد', 'Raad'), part('زيد', 'Zaid'), part('ياسر', 'Yasir'),
  part('مهند', 'Mohanad'), part('سيف', 'Saif'), part('عثمان', 'Othman'), part('فراس', 'Firas'), part('وليد', 'Waleed'),
  part('ناجي', 'Naji'), part('عزت', 'Ezzet'), part('آزاد', 'Azad'), part('كاوه', 'Kawa'), part('شيركو', 'Sherko'),
];

export const FEMALE_GIVEN_NAMES: readonly NamePart[] = [
  part('فاطمة', 'Fatima'), part('زينب', 'Zainab'), part('مريم', 'Maryam'), part('نور', 'Noor'), part('سارة', 'Sara'),
  part('هدى', 'Huda'), part('رقية', 'Ruqaya'), part('آمنة', 'Amna'), part('منال', 'Manal'), part('إخلاص', 'Ekhlas'),
  part('أسماء', 'Asmaa'), part('شيماء', 'Shaimaa'), part('دعاء', 'Duaa'), part('إسراء', 'Israa'), part('هبة', 'Hiba'),
  part('سعاد', 'Suad'), part('وفاء', 'Wafaa'), part('رنا', 'Rana'), part('ليلى', 'Layla'), part('خديجة', 'Khadija'),
  part('سناء', 'Sanaa'), part('أمل', 'Amal'), part('ذكرى', 'Thikra'), part('بشرى', 'Bushra'), part('حنان', 'Hanan'),
  part('نادية', 'Nadia'), part('سميرة', 'Samira'), part('زهراء', 'Zahraa'), part('غفران', 'Ghufran'), part('تبارك', 'Tabarak'),
  part('رغد', 'Raghad'), part('بان', 'Ban'), part('شيلان', 'Shilan'), part('ئاوات', 'Awat'), part('نسرين', 'Nasrin'),
];

/** Family and tribal names (laqab), as they appear after the father's and grandfather's names. */
export const FAMILY_NAMES: readonly NamePart[] = [
  part('الجبوري', 'Al-Jubouri'), part('العبيدي', 'Al-Obaidi'), part('الدليمي', 'Al-Dulaimi'), part('التميمي', 'Al-Tamimi'),
  part('الكعبي', 'Al-Kaabi'), part('الشمري', 'Al-Shammari'), part('الزبيدي', 'Al-Zubaidi'), part('العزاوي', 'Al-Azzawi'),
  part('الساعدي', 'Al-Saadi'), part('الخفاجي', 'Al-Khafaji'), part('الربيعي', 'Al-Rubaie'), part('الحمداني', 'Al-Hamdani'),
  part('البياتي', 'Al-Bayati'), part('الكرخي', 'Al-Karkhi'), part('السامرائي', 'Al-Samarrai'), part('الجنابي', 'Al-Janabi'),
  part('العنزي', 'Al-Anizi'), part('الطائي', 'Al-Taie'), part('المالكي', 'Al-Maliki'), part('الموسوي', 'Al-Mousawi'),
  part('الحسيني', 'Al-Husseini'), part('النعيمي', 'Al-Naimi'), part('الكبيسي', 'Al-Kubaisi'), part('القيسي', 'Al-Qaisi'),
  part('الصالحي', 'Al-Salihi'), part('الونداوي', 'Al-Wandawi'), part('البرزنجي', 'Al-Barzanji'), part('الهماوندي', 'Al-Hamawandi'),
  part('الطالباني', 'Al-Talabani'), part('الخزرجي', 'Al-Khazraji'),
];
