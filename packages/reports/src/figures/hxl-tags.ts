/**
 * HXL hashtags of the figure tables (HXL 1.1 core hashtags and attributes). A row
 * dimension becomes two columns, a name and a code; a column dimension becomes an
 * attribute of the figure's hashtag, as HDX datasets disaggregate (`#reached+ind+f`).
 */

/** The hashtag of a row dimension (gateway names: SECTOR, AREA, ...), at the area level asked for. */
export function dimensionHashtag(
  dimension: string,
  areaLevel: 'governorate' | 'district' | 'subdistrict' = 'governorate',
): string {
  switch (dimension) {
    case 'AREA':
      return areaLevel === 'governorate' ? '#adm1' : areaLevel === 'district' ? '#adm2' : '#adm3';
    case 'SECTOR':
      return '#sector';
    case 'SEX':
      return '#meta+sex';
    case 'AGE_BRACKET':
      return '#meta+age';
    case 'POPULATION_GROUP':
      return '#group';
    case 'DISABILITY_STATUS':
      return '#meta+disability';
    case 'SERVICE_TYPE':
      return '#service';
    default:
      return `#meta+${attribute(dimension)}`;
  }
}

/** The hashtag of the figures a table counts. */
export function figureHashtag(unit: string): string {
  return unit === 'HOUSEHOLDS' ? '#reached+hh' : unit === 'DELIVERIES' ? '#output+deliveries' : '#reached+ind';
}

const SEX_ATTRIBUTES: Record<string, string> = { female: 'f', male: 'm' };
const GROUP_ATTRIBUTES: Record<string, string> = {
  idp: 'idps',
  returnee: 'returnees',
  host_community: 'host',
  refugee: 'refugees',
};

/** The attribute a column category adds to the figure's hashtag: `+f`, `+age18_59`, `+idps`, `+education`. */
export function categoryAttribute(dimension: string | null, code: string): string {
  if (dimension === null || code === 'total') return '+total';
  if (dimension === 'SEX' && SEX_ATTRIBUTES[code]) return `+${SEX_ATTRIBUTES[code]}`;
  if (dimension === 'POPULATION_GROUP' && GROUP_ATTRIBUTES[code]) return `+${GROUP_ATTRIBUTES[code]}`;
  if (dimension === 'AGE_BRACKET') return `+age${attribute(code)}`;
  return `+${attribute(code)}`;
}

/** HXL attributes are lower-case letters, digits and underscores, starting with a letter. */
function attribute(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(cleaned) ? cleaned : `x${cleaned}`;
}
