import { describe, expect, it } from 'vitest';
import { mapColumnsByHeader, mapColumnsByHxl } from './column-map';
import { isHxlRow, parseHxlHashtag } from './hxl-hashtag';

describe('HXL hashtags', () => {
  it('parse tag and attributes regardless of order, spacing and case', () => {
    const a = parseHxlHashtag('#Affected +IND +idps');
    const b = parseHxlHashtag('#affected+idps+ind');
    expect(a?.tag).toBe('affected');
    expect(a?.attributes).toEqual(b?.attributes);
    expect(parseHxlHashtag('Affected IDPs')).toBeUndefined();
    expect(isHxlRow(['#adm1+name', '', '#affected+idps'])).toBe(true);
    expect(isHxlRow(['#adm1+name', 'Individuals'])).toBe(false);
  });

  it('map each column to its most specific field and never read a disaggregated count as the total', () => {
    const map = mapColumnsByHxl(
      [
        '#adm1+code',
        '#adm2 +name +ar',
        '#adm2+name+en',
        '#affected+f+idps+ind',
        '#affected+idps',
        '#affected +hh +idps',
        '#round+code',
        '#date+reported',
        '#geo+lat',
      ],
      ['Gov', 'District (ar)', 'District (en)', 'Female IDPs', 'IDPs', 'Families', 'Round', 'Date', 'Lat'],
    );
    expect(map.adm1Code).toEqual([{ index: 0, label: 'Gov #adm1+code' }]);
    expect(map.adm2Name?.map((column) => column.index)).toEqual([1, 2]);
    // #affected+idps (no +ind/+hh) counts individuals; the +f column is not a total.
    expect(map.idpsInd).toEqual([{ index: 4, label: 'IDPs #affected+idps' }]);
    expect(map.idpsHh?.[0]?.index).toBe(5);
    expect(map.ind).toBeUndefined();
    expect(map).not.toHaveProperty('geo');
  });

  it('refuse two columns for the same count', () => {
    expect(() => mapColumnsByHxl(['#affected+idps+ind', '#affected+ind+idps+total'])).toThrow(/both carry idpsInd/);
  });
});

describe('header names', () => {
  it('match case, spacing and punctuation insensitively, Arabic headers included', () => {
    const map = mapColumnsByHeader([
      'GOVERNORATE P-CODE',
      'القضاء',
      'Location name in English',
      'Location name in Arabic',
      'IDP individuals',
      'Round #',
      'Reporting Date',
      'Notes',
    ]);
    expect(map.adm1Code?.[0]?.index).toBe(0);
    expect(map.adm2Name?.[0]?.label).toBe('القضاء');
    expect(map.locName?.map((column) => column.index)).toEqual([2, 3]);
    expect(map.idpsInd?.[0]?.index).toBe(4);
    expect(map.round?.[0]?.index).toBe(5);
    expect(map.date?.[0]?.index).toBe(6);
    expect(Object.keys(map)).toHaveLength(6);
  });
});
