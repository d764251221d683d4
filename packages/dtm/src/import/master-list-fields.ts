/**
 * The fields the master-list importer reads, how an HXL hashtag names each, and the
 * header names (for files without an HXL row) that map to it. Headers are compared
 * after `headerKey`: lower case, letters and digits only ("Governorate P-Code" ->
 * "governoratepcode"), so spacing, case and punctuation do not matter.
 */
export const MASTER_LIST_FIELDS = {
  adm1Code: { hxl: ['adm1', 'code'], headers: ['governoratepcode', 'govpcode', 'adm1pcode', 'admin1pcode', 'adm1code'] },
  adm1Name: { hxl: ['adm1', 'name'], headers: ['governorate', 'governoratename', 'gov', 'adm1name', 'admin1name', 'adm1', 'المحافظة', 'محافظة'] },
  adm2Code: { hxl: ['adm2', 'code'], headers: ['districtpcode', 'adm2pcode', 'admin2pcode', 'adm2code'] },
  adm2Name: { hxl: ['adm2', 'name'], headers: ['district', 'districtname', 'adm2name', 'admin2name', 'adm2', 'القضاء', 'قضاء'] },
  adm3Code: { hxl: ['adm3', 'code'], headers: ['subdistrictpcode', 'adm3pcode', 'admin3pcode', 'adm3code'] },
  adm3Name: { hxl: ['adm3', 'name'], headers: ['subdistrict', 'subdistrictname', 'adm3name', 'admin3name', 'adm3', 'الناحية', 'ناحية'] },
  locCode: { hxl: ['loc', 'code'], headers: ['locationid', 'locationcode', 'placeid', 'locid', 'loccode'] },
  locName: { hxl: ['loc', 'name'], headers: ['location', 'locationname', 'locationnameinenglish', 'locationnameinarabic', 'placename', 'locname', 'الموقع'] },
  idpsInd: { hxl: ['affected', 'idps', 'ind'], headers: ['idpindividuals', 'idpsindividuals', 'idpind', 'idpsind'] },
  idpsHh: { hxl: ['affected', 'idps', 'hh'], headers: ['idpfamilies', 'idpsfamilies', 'idphouseholds', 'idpshouseholds', 'idphh', 'idpshh'] },
  returneesInd: { hxl: ['affected', 'returnees', 'ind'], headers: ['returneeindividuals', 'returneesindividuals', 'returneeind', 'returneesind'] },
  returneesHh: { hxl: ['affected', 'returnees', 'hh'], headers: ['returneefamilies', 'returneesfamilies', 'returneehouseholds', 'returneeshouseholds', 'returneehh', 'returneeshh'] },
  /** Counts of a list whose population group is given by the caller (--population). */
  ind: { hxl: ['affected', 'ind'], headers: ['individuals', 'ind', 'persons'] },
  hh: { hxl: ['affected', 'hh'], headers: ['families', 'households', 'hh'] },
  date: { hxl: ['date', 'reported'], headers: ['date', 'reportingdate', 'datereported', 'reporteddate'] },
  round: { hxl: ['round', 'code'], headers: ['round', 'roundnumber', 'roundcode', 'roundno'] },
} as const satisfies Record<string, { readonly hxl: readonly [string, ...string[]]; readonly headers: readonly string[] }>;

export type MasterListField = keyof typeof MASTER_LIST_FIELDS;

/** Lower case, letters (any script) and digits only. */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
