// Builds @crc/domain's reference geography from the Open Admin Data Iraq dataset.
//
// Run manually, from packages/domain, whenever the source dataset changes:
//
//   node scripts/build-geography.mjs [path/to/iraq-admin]
//
// The source directory defaults to ../../../shared/reference/iraq-admin (the
// project's shared reference copy) and must hold governorates-districts.csv and
// subdistricts.json (CC BY 4.0, see data/ATTRIBUTION.md). The script writes
// src/geography/data/areas.ts, which is committed: neither the build nor the
// runtime reads the source files. Review the diff, update data/ATTRIBUTION.md
// if corrections changed, then commit both.
//
// What it adds to the source: ISO 3166-2 codes and community-sourced Sorani
// (ckb) names for the governorates (not in the dataset), and the corrections
// listed in CORRECTIONS below. It fails loudly when counts, p-code shapes or
// parent links are not what the package promises.
/* global console, process */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(process.argv[2] ?? resolve(packageDir, '../../../shared/reference/iraq-admin'));
const outputFile = resolve(packageDir, 'src/geography/data/areas.ts');

const EXPECTED_COUNTS = { 1: 18, 2: 101, 3: 294 };

// ISO 3166-2:IQ codes and Sorani names per governorate, from the project's
// reference README (docs/shared reference). The Sorani names are
// community-sourced and await a translator's review.
const GOVERNORATE_EXTRAS = {
  IQG01: { iso: 'IQ-AN', ckb: 'ئەنبار' },
  IQG02: { iso: 'IQ-BA', ckb: 'بەسرە' },
  IQG03: { iso: 'IQ-MU', ckb: 'موسەننا' },
  IQG04: { iso: 'IQ-NA', ckb: 'نەجەف' },
  IQG05: { iso: 'IQ-QA', ckb: 'قادسیە' },
  IQG06: { iso: 'IQ-SU', ckb: 'سلێمانی' },
  IQG07: { iso: 'IQ-BB', ckb: 'بابل' },
  IQG08: { iso: 'IQ-BG', ckb: 'بەغدا' },
  IQG09: { iso: 'IQ-DA', ckb: 'دهۆک' },
  IQG10: { iso: 'IQ-DI', ckb: 'دیالە' },
  IQG11: { iso: 'IQ-AR', ckb: 'هەولێر' },
  IQG12: { iso: 'IQ-KA', ckb: 'کەربەلا' },
  IQG13: { iso: 'IQ-KI', ckb: 'کەرکووک' },
  IQG14: { iso: 'IQ-MA', ckb: 'مەیسان' },
  IQG15: { iso: 'IQ-NI', ckb: 'نەینەوا' },
  IQG16: { iso: 'IQ-SD', ckb: 'سەڵاحەدین' },
  IQG17: { iso: 'IQ-DQ', ckb: 'زیقار' },
  IQG18: { iso: 'IQ-WA', ckb: 'واست' },
};

// Known defects of the source, fixed here and listed in data/ATTRIBUTION.md.
const CORRECTIONS = [
  {
    pcode: 'IQG10Q03',
    field: 'ar',
    from: 'مندلي',
    to: 'بلدروز',
    why: 'the district is Baladruz; مندلي (Mandali) is its sub-district IQG10Q03N01',
  },
];

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

function fail(message) {
  throw new Error(`build-geography: ${message}`);
}

function toCoordinate(value, pcode, axis) {
  const number = Number(value);
  if (value === '' || value === null || value === undefined || !Number.isFinite(number)) {
    fail(`${pcode} has no usable ${axis} (${JSON.stringify(value)})`);
  }
  return number;
}

function readCsvAreas() {
  const lines = readFileSync(resolve(sourceDir, 'governorates-districts.csv'), 'utf8');
  // The first line is a '#' comment with the citation, not a header.
  const rows = parseCsv(lines).filter((r) => !r[0]?.startsWith('#'));
  const [header, ...body] = rows;
  const col = (name) => {
    const index = header.indexOf(name);
    if (index < 0) fail(`governorates-districts.csv has no column ${name}`);
    return index;
  };
  const c = {
    id: col('id'),
    level: col('level'),
    ar: col('name.local'),
    en: col('name.en'),
    parent: col('parent.id'),
    lat: col('geo.lat'),
    lon: col('geo.lon'),
  };
  return body.map((r) => ({
    pcode: r[c.id].trim(),
    level: Number(r[c.level]),
    en: r[c.en].trim(),
    ar: r[c.ar].trim(),
    parent: r[c.parent].trim() || null,
    lat: toCoordinate(r[c.lat], r[c.id], 'latitude'),
    lon: toCoordinate(r[c.lon], r[c.id], 'longitude'),
  }));
}

function readJsonAreas() {
  const items = JSON.parse(readFileSync(resolve(sourceDir, 'subdistricts.json'), 'utf8'));
  return items.map((item) => ({
    pcode: String(item.id).trim(),
    level: Number(item.level),
    en: String(item.name.en).trim(),
    ar: String(item.name.local).trim(),
    parent: item.parent?.id ? String(item.parent.id).trim() : null,
    lat: toCoordinate(item.geo?.lat, item.id, 'latitude'),
    lon: toCoordinate(item.geo?.lon, item.id, 'longitude'),
  }));
}

const PCODE_SHAPE = { 1: /^IQG\d{2}$/, 2: /^IQG\d{2}Q\d{2}$/, 3: /^IQG\d{2}Q\d{2}N\d{2}$/ };

function validate(areas) {
  const byPcode = new Map();
  for (const area of areas) {
    if (byPcode.has(area.pcode)) fail(`duplicate p-code ${area.pcode}`);
    byPcode.set(area.pcode, area);
  }
  for (const area of areas) {
    if (!PCODE_SHAPE[area.level]?.test(area.pcode))
      fail(`${area.pcode} does not look like a level-${area.level} p-code`);
    // The package derives parents from the p-code shape, so the source must agree.
    const expectedParent = area.level === 1 ? null : area.pcode.slice(0, area.level === 2 ? 5 : 8);
    if (area.parent !== expectedParent) fail(`${area.pcode} has parent ${area.parent}, expected ${expectedParent}`);
    if (expectedParent && !byPcode.has(expectedParent)) fail(`${area.pcode} has unknown parent ${expectedParent}`);
    if (!area.en || !area.ar) fail(`${area.pcode} lacks an English or Arabic name`);
    if (area.lat < 29 || area.lat > 38 || area.lon < 38 || area.lon > 49)
      fail(`${area.pcode} centroid is outside Iraq`);
  }
  for (const [level, expected] of Object.entries(EXPECTED_COUNTS)) {
    const actual = areas.filter((a) => a.level === Number(level)).length;
    if (actual !== expected) fail(`expected ${expected} areas at level ${level}, found ${actual}`);
  }
  for (const pcode of Object.keys(GOVERNORATE_EXTRAS)) {
    if (byPcode.get(pcode)?.level !== 1) fail(`GOVERNORATE_EXTRAS names ${pcode}, which is not a governorate`);
  }
}

function applyCorrections(areas) {
  for (const fix of CORRECTIONS) {
    const area = areas.find((a) => a.pcode === fix.pcode);
    if (!area) fail(`correction for unknown p-code ${fix.pcode}`);
    if (area[fix.field] === fix.to) continue; // fixed upstream; the entry can go
    if (area[fix.field] !== fix.from)
      fail(`${fix.pcode}.${fix.field} is ${area[fix.field]}, correction expected ${fix.from}`);
    area[fix.field] = fix.to;
  }
}

const quote = (value) => (value === null ? 'null' : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

function render(areas) {
  const rows = areas.map((a) => `  [${quote(a.pcode)}, ${quote(a.en)}, ${quote(a.ar)}, ${a.lat}, ${a.lon}],`);
  const extras = Object.entries(GOVERNORATE_EXTRAS).map(
    ([pcode, e]) => `  ${pcode}: { iso: ${quote(e.iso)}, ckb: ${quote(e.ckb)}, ckbUnreviewed: true },`,
  );
  return `// GENERATED by scripts/build-geography.mjs. Do not edit by hand: change the script and re-run it.
// Source: Open Admin Data, "Iraq Administrative Divisions Dataset" 2026.08 (CC BY 4.0),
// with the additions and corrections listed in data/ATTRIBUTION.md.

/** [p-code, English name, Arabic name, centroid latitude, centroid longitude]; level and parent follow from the p-code. */
export type AreaRecord = readonly [pcode: string, en: string, ar: string, lat: number, lon: number];

export interface GovernorateExtra {
  readonly iso: string;
  readonly ckb: string;
  readonly ckbUnreviewed: boolean;
}

/** ${areas.length} areas, sorted by p-code (so every parent precedes its children). */
export const AREA_RECORDS: readonly AreaRecord[] = [
${rows.join('\n')}
];

/** ISO 3166-2 codes and Sorani names, which the source dataset lacks. */
export const GOVERNORATE_EXTRAS: Readonly<Record<string, GovernorateExtra>> = {
${extras.join('\n')}
};
`;
}

const areas = [...readCsvAreas(), ...readJsonAreas()].sort((a, b) =>
  a.pcode < b.pcode ? -1 : a.pcode > b.pcode ? 1 : 0,
);
validate(areas);
applyCorrections(areas);
writeFileSync(outputFile, render(areas));
console.log(`build-geography: wrote ${areas.length} areas to ${outputFile}`);
