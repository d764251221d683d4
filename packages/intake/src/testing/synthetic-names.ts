/*
 * Made-up people for fixtures: common Iraqi given and family names, written as a
 * registration form gets them, in Arabic script or in English transliteration. No
 * real person is meant. Each entry is [Arabic, English] of the same name, so a test
 * can make a cross-script near-duplicate of a person on purpose.
 */
export const MALE_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['محمد', 'Mohammed'], ['أحمد', 'Ahmed'], ['علي', 'Ali'], ['حسين', 'Hussein'], ['عمر', 'Omar'],
  ['مصطفى', 'Mustafa'], ['يوسف', 'Yousif'], ['إبراهيم', 'Ibrahim'], ['خالد', 'Khalid'], ['حيدر', 'Haidar'],
  ['عباس', 'Abbas'], ['سعد', 'Saad'], ['كريم', 'Kareem'], ['ماجد', 'Majid'], ['نصير', 'Naseer'],
  ['صلاح', 'Salah'], ['فاضل', 'Fadhil'], ['جاسم', 'Jasim'], ['رعد', 'Raad'], ['زيد', 'Zaid'],
  ['عبد الله', 'Abdullah'], ['عبد الرحمن', 'Abdulrahman'], ['قاسم', 'Qasim'], ['هادي', 'Hadi'], ['ياسر', 'Yasir'],
];
export const FEMALE_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['فاطمة', 'Fatima'], ['زينب', 'Zainab'], ['مريم', 'Maryam'], ['نور', 'Noor'], ['سارة', 'Sara'],
  ['منال', 'Manal'], ['إخلاص', 'Ekhlas'], ['هدى', 'Huda'], ['رنا', 'Rana'], ['سعاد', 'Suad'],
  ['آمنة', 'Amina'], ['خديجة', 'Khadija'], ['ليلى', 'Layla'], ['شيماء', 'Shaimaa'], ['رقية', 'Ruqaya'],
  ['دعاء', 'Duaa'], ['أسماء', 'Asmaa'], ['بشرى', 'Bushra'], ['حنان', 'Hanan'], ['وفاء', 'Wafaa'],
];
export const FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['الجبوري', 'Al-Jubouri'], ['العبيدي', 'Al-Obaidi'], ['الدليمي', 'Al-Dulaimi'], ['التميمي', 'Al-Tamimi'],
  ['الكعبي', 'Al-Kaabi'], ['الشمري', 'Al-Shammari'], ['الزبيدي', 'Al-Zubaidi'], ['الحسيني', 'Al-Husseini'],
  ['الربيعي', 'Al-Rubaie'], ['العزاوي', 'Al-Azzawi'], ['الساعدي', 'Al-Saadi'], ['الخفاجي', 'Al-Khafaji'],
  ['البياتي', 'Al-Bayati'], ['النعيمي', 'Al-Nuaimi'], ['الطائي', 'Al-Taie'], ['الحمداني', 'Al-Hamdani'],
  ['السامرائي', 'Al-Samarrai'], ['الجنابي', 'Al-Janabi'], ['الكبيسي', 'Al-Kubaisi'], ['المالكي', 'Al-Maliki'],
  ['عبد المجيد', 'Abdulmajeed'], ['عبد الستار', 'Abdel Sattar'], ['الهاشمي', 'Al-Hashimi'], ['الأنصاري', 'Al-Ansari'],
];
