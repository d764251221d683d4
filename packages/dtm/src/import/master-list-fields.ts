/**
 * The fields the master-list importer reads, how an HXL hashtag names each, and the
 * header names (for files without an HXL row) that map to it. Headers are compared
 * after `headerKey`: lower case, letters and digits only ("Governorate P-Code" ->
 * "governoratepcode"), so spacing, case and punctuation do not matter.
 */
export const MASTER_LIST_FIELDS = {
  /** Country (national rows leave every admin column empty): DTM's admin0 columns. */
  countryCode: { hxl: ['country', 'code'], headers: ['admin0pcode', 'countrycode', 'adm0pcode', 'countrypcode'] },
  countryName: { hxl: ['country', 'name'], headers: ['admin0name', 'country', 'countryname', 'adm0name'] },
  /** DTM's adminLevel column ("Admin0", "Admin1", 0, 1, ...). */
  adminLevel: { hxl: ['adm', 'level'], headers: ['adminlevel', 'admlevel'] },
  adm1Code: {
    hxl: ['adm1', 'code'],
    headers: ['governoratepcode', 'govpcode', 'adm1pcode', 'admin1pcode', 'adm1code'],
  },
  adm1Name: {
    hxl: ['adm1', 'name'],
    headers: [
      'governorate',
      'governoratename',
      'gov',
      'adm1name',
      'admin1name',
      'adm1',
      'ochaadmin1',
      'المحافظة',
      'محافظة',
    ],
  },
  adm2Code: { hxl: ['adm2', 'code'], headers: ['districtpcode', 'adm2pcode', 'admin2pcode', 'adm2code'] },
  adm2Name: {
    hxl: ['adm2', 'name'],
    headers: ['district', 'districtname', 'adm2name', 'admin2name', 'adm2', 'ochaadmin2', 'القضاء', 'قضاء'],
  },
  adm3Code: { hxl: ['adm3', 'code'], headers: ['subdistrictpcode', 'adm3pcode', 'admin3pcode', 'adm3code'] },
  adm3Name: {
    hxl: ['adm3', 'name'],
    headers: ['subdistrict', 'subdistrictname', 'adm3name', 'admin3name', 'adm3', 'ochaadmin3', 'الناحية', 'ناحية'],
  },
  /** "OCHA PCode" of the master lists: a p-code of any level (its shape says which). */
  areaCode: { hxl: ['adm', 'code'], headers: ['ochapcode', 'pcode'] },
  locCode: { hxl: ['loc', 'code'], headers: ['locationid', 'locationcode', 'placeid', 'locid', 'loccode'] },
  locName: {
    hxl: ['loc', 'name'],
    headers: [
      'location',
      'locationname',
      'locationnameinenglish',
      'place',
      'placename',
      'locname',
      'locationnameinarabic',
      'arabicname',
      'الموقع',
    ],
  },
  /** IDPs: governorate of origin; returnees: governorate of last displacement. Never the figure's area. */
  originCode: {
    hxl: ['adm1', 'code', 'origin'],
    headers: [
      'idporiginadmin1pcode',
      'origingovernoratepcode',
      'governorateoforiginpcode',
      'lastdisplacementgovernoratepcode',
    ],
  },
  originName: {
    hxl: ['adm1', 'name', 'origin'],
    headers: [
      'idporiginadmin1name',
      'governorateoforigin',
      'origingovernorate',
      'origin',
      'governorateoflastdisplacement',
      'lastdisplacementgovernorate',
      'محافظةالاصل',
      'محافظةالنزوحالاخير',
    ],
  },
  reason: { hxl: ['cause', 'type'], headers: ['displacementreason', 'reasonfordisplacement', 'causeofdisplacement'] },
  shelter: { hxl: ['shelter', 'type'], headers: ['sheltertype', 'shelter', 'typeofshelter'] },
  /** Of the IDPs, males and females (DTM v3's numberMales / numberFemales). Listed before idpsInd: they are more specific. */
  idpsMales: { hxl: ['affected', 'idps', 'm'], headers: ['numbermales', 'idpmales', 'idpsmales', 'males'] },
  idpsFemales: { hxl: ['affected', 'idps', 'f'], headers: ['numberfemales', 'idpfemales', 'idpsfemales', 'females'] },
  idpsInd: {
    hxl: ['affected', 'idps', 'ind'],
    headers: ['idpindividuals', 'idpsindividuals', 'idpind', 'idpsind', 'numpresentidpind'],
  },
  idpsHh: {
    hxl: ['affected', 'idps', 'hh'],
    headers: ['idpfamilies', 'idpsfamilies', 'idphouseholds', 'idpshouseholds', 'idphh', 'idpshh'],
  },
  returneesInd: {
    hxl: ['affected', 'returnees', 'ind'],
    headers: ['returneeindividuals', 'returneesindividuals', 'returneeind', 'returneesind'],
  },
  returneesHh: {
    hxl: ['affected', 'returnees', 'hh'],
    headers: [
      'returneefamilies',
      'returneesfamilies',
      'returneehouseholds',
      'returneeshouseholds',
      'returneehh',
      'returneeshh',
    ],
  },
  /** Counts of a list whose population group is given by the caller (--population). */
  ind: { hxl: ['affected', 'ind'], headers: ['individuals', 'ind', 'persons'] },
  hh: { hxl: ['affected', 'hh'], headers: ['families', 'households', 'hh'] },
  date: { hxl: ['date', 'reported'], headers: ['date', 'reportingdate', 'datereported', 'reporteddate'] },
  round: { hxl: ['round', 'code'], headers: ['round', 'roundnumber', 'roundcode', 'roundno'] },
  /** The row's id at the source (DTM's `id`), kept in sourceReference. */
  sourceId: { hxl: ['id', 'code'], headers: ['id'] },
} as const satisfies Record<
  string,
  { readonly hxl: readonly [string, ...string[]]; readonly headers: readonly string[] }
>;

export type MasterListField = keyof typeof MASTER_LIST_FIELDS;

/** Lower case, letters (any script) and digits only. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
