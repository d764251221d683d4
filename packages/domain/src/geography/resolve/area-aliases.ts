/**
 * Where an alias comes from, so a reviewer can judge it:
 * - `iom-documents`: spelled so in the IOM Iraq texts kept in the project's
 *   reference material (press releases on the CRCs and community centres).
 * - `iom-variant`: a variant the project lists as used in IOM reports and
 *   spreadsheets (DTM, programme reporting).
 * - `transliteration`: another common romanisation of the Arabic name, or
 *   the name the area is commonly known by in English (OCHA/UN, press).
 * - `kurdish`: the Kurdish (Sorani or Kurmanji) name, or its romanisation.
 * - `dtm-master-list`: spelled so in the IOM DTM Iraq master lists (rounds 5-134) and
 *   the HDX "IOM DTM from API" files, as the project's reference material records them.
 */
export type AliasSource = 'iom-documents' | 'iom-variant' | 'transliteration' | 'kurdish' | 'dtm-master-list';

export interface AreaAlias {
  /** Areas the names refer to; a governorate and its same-named capital district share aliases. */
  readonly pcodes: readonly string[];
  readonly names: readonly string[];
  readonly source: AliasSource;
}

// Only spellings that the normalisation in name-keys.ts does not already cover
// are needed (articles, hyphens, case, Basrah/Basra-style endings, doubled
// letters, ou/oo/u, q/k). Some are listed anyway because documents use them and
// an alias match scores as high as the dataset's own name.
export const AREA_ALIASES: readonly AreaAlias[] = [
  // Governorates (with their capital district where it bears the same Arabic name).
  { pcodes: ['IQG02', 'IQG02Q02'], names: ['Basra'], source: 'iom-documents' },
  { pcodes: ['IQG02', 'IQG02Q02'], names: ['Basrah'], source: 'iom-variant' },
  { pcodes: ['IQG05'], names: ['Qadisiyah', 'Qadisiya', 'Diwaniya', 'Diwaniyah'], source: 'iom-variant' },
  { pcodes: ['IQG05'], names: ['Al-Qadisiyyah', 'Qadisiyyah'], source: 'transliteration' },
  { pcodes: ['IQG06', 'IQG06Q01'], names: ['Sulaymaniah'], source: 'iom-documents' },
  { pcodes: ['IQG06', 'IQG06Q01'], names: ['Sulaymaniyah', 'Suleimaniyah', 'Sulaimaniya'], source: 'iom-variant' },
  {
    pcodes: ['IQG06', 'IQG06Q01'],
    names: ['Sulaimaniyah', 'Suleimaniya', 'Slemani', 'Silemani', 'Sulaimani', 'سلێمانی'],
    source: 'kurdish',
  },
  { pcodes: ['IQG07'], names: ['Babylon'], source: 'iom-documents' },
  { pcodes: ['IQG07'], names: ['Babel'], source: 'transliteration' },
  { pcodes: ['IQG09', 'IQG09Q02'], names: ['Dahuk'], source: 'iom-documents' },
  { pcodes: ['IQG09', 'IQG09Q02'], names: ['Dohuk'], source: 'iom-variant' },
  { pcodes: ['IQG09', 'IQG09Q02'], names: ['Dihok', 'Duhoke', 'دهۆک'], source: 'kurdish' },
  { pcodes: ['IQG10'], names: ['Diala'], source: 'transliteration' },
  { pcodes: ['IQG11', 'IQG11Q02'], names: ['Arbil', 'Irbil'], source: 'transliteration' },
  { pcodes: ['IQG11', 'IQG11Q02'], names: ['Hawler', 'Hewler', 'هەولێر'], source: 'kurdish' },
  { pcodes: ['IQG12', 'IQG12Q03'], names: ['Kerbala'], source: 'iom-documents' },
  { pcodes: ['IQG12', 'IQG12Q03'], names: ['Karbala', 'Kerbela', 'Karbalaa'], source: 'transliteration' },
  { pcodes: ['IQG13', 'IQG13Q04'], names: ['Kerkuk'], source: 'iom-variant' },
  { pcodes: ['IQG13', 'IQG13Q04'], names: ['کەرکوک'], source: 'iom-documents' },
  { pcodes: ['IQG13', 'IQG13Q04'], names: ['کەرکووک'], source: 'kurdish' },
  { pcodes: ['IQG14'], names: ['Missan'], source: 'iom-documents' },
  { pcodes: ['IQG14'], names: ['Misan'], source: 'transliteration' },
  { pcodes: ['IQG15'], names: ['Ninawa', 'Nineveh'], source: 'iom-variant' },
  { pcodes: ['IQG15'], names: ['Ninevah', 'Nainawa', 'Neinawa'], source: 'transliteration' },
  { pcodes: ['IQG16'], names: ['Salahadin', 'Salah-al-Din'], source: 'iom-documents' },
  { pcodes: ['IQG16'], names: ['Salahuddin', 'Saladin'], source: 'iom-variant' },
  { pcodes: ['IQG16'], names: ['Salahaddin', 'Salaheddin', 'Salah el-Din', 'Salah ad-Din'], source: 'transliteration' },
  { pcodes: ['IQG17'], names: ['Thi-Qar'], source: 'iom-documents' },
  { pcodes: ['IQG17'], names: ['Dhi Qar', 'Thi Qar'], source: 'iom-variant' },
  { pcodes: ['IQG17'], names: ['Dhiqar', 'Zi Qar'], source: 'transliteration' },
  { pcodes: ['IQG18'], names: ['Wasit'], source: 'iom-variant' },
  { pcodes: ['IQG16'], names: ['Salahal Din'], source: 'dtm-master-list' },

  // Districts whose dataset spelling differs from what IOM reports use.
  { pcodes: ['IQG16Q03'], names: ['Baiji'], source: 'iom-documents' },
  { pcodes: ['IQG16Q03'], names: ['Beiji'], source: 'iom-variant' },
  { pcodes: ['IQG16Q03'], names: ['Bayji'], source: 'transliteration' },
  { pcodes: ['IQG13Q01'], names: ['Hawija'], source: 'iom-documents' },
  { pcodes: ['IQG13Q01'], names: ['Huwaija', 'Hawijah'], source: 'transliteration' },
  { pcodes: ['IQG13Q01'], names: ['حەویجە'], source: 'kurdish' },
  { pcodes: ['IQG16Q02'], names: ['Sharqat', 'Shergat'], source: 'transliteration' },
  { pcodes: ['IQG15Q05'], names: ['Mawsil'], source: 'transliteration' },
  { pcodes: ['IQG15Q05'], names: ['موسڵ'], source: 'kurdish' },
  { pcodes: ['IQG15Q08'], names: ['Tal Afar'], source: 'iom-variant' },
  { pcodes: ['IQG15Q08'], names: ['Tel Afar', 'Tall Afar', 'Talafar'], source: 'transliteration' },
  { pcodes: ['IQG15Q07'], names: ['Shingal', 'Shengal'], source: 'kurdish' },
  { pcodes: ['IQG10Q05'], names: ['Khaniqin'], source: 'transliteration' },
  {
    pcodes: ['IQG16Q07'],
    names: ['Tuz Khurmatu', 'Tuz Khurmato', 'Tuz Khormato', 'Tuz', 'Tooz'],
    source: 'iom-variant',
  },
  { pcodes: ['IQG10Q05N04'], names: ['Jalula', 'Jalawlaa', 'Jalola'], source: 'transliteration' },
  { pcodes: ['IQG06Q05'], names: ['Halabja'], source: 'transliteration' },
  { pcodes: ['IQG06Q05'], names: ['هەڵەبجە'], source: 'kurdish' },
  { pcodes: ['IQG11Q05'], names: ['Soran'], source: 'iom-variant' },
  { pcodes: ['IQG11Q03'], names: ['Koya', 'Koisanjaq', 'Koysinjak'], source: 'transliteration' },
  { pcodes: ['IQG15Q01'], names: ['Akre', 'Akra'], source: 'kurdish' },
  { pcodes: ['IQG15Q09'], names: ['Tel Kaif', 'Telkaif', 'Tilkaif'], source: 'transliteration' },
  { pcodes: ['IQG15Q06'], names: ['Shekhan', 'Sheikhan'], source: 'transliteration' },
  { pcodes: ['IQG09Q01'], names: ['Amedi', 'Amadiyah'], source: 'kurdish' },
  { pcodes: ['IQG09Q03'], names: ['Sumel', 'Simele'], source: 'kurdish' },
  { pcodes: ['IQG06Q03'], names: ['Darbandikhan', 'Darbandixan'], source: 'transliteration' },
  { pcodes: ['IQG06Q04'], names: ['Dukan'], source: 'transliteration' },
  { pcodes: ['IQG06Q07'], names: ['Penjwin', 'Penjwen'], source: 'kurdish' },
  { pcodes: ['IQG06Q08'], names: ['Pishdar'], source: 'kurdish' },
  { pcodes: ['IQG13Q03'], names: ['Dibs', 'Dabes'], source: 'transliteration' },
  { pcodes: ['IQG08Q02'], names: ['Kadhimiya', 'Kadhimiyah', 'Kazimiyah'], source: 'transliteration' },
  { pcodes: ['IQG16Q01'], names: ['Dour', 'Dawr'], source: 'transliteration' },
  { pcodes: ['IQG08Q07'], names: ['Sadr City'], source: 'transliteration' },
  { pcodes: ['IQG01Q01N01'], names: ['Amiriyat al-Fallujah', 'Ameriyat Al-Fallujah'], source: 'transliteration' },
];
