import { describe, expect, it } from 'vitest';
import { inertSpreadsheetText } from './spreadsheet-text';

describe('inertSpreadsheetText', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1'])('escapes %j', (text) => {
    expect(inertSpreadsheetText(text)).toBe(`'${text}`);
  });

  it.each(['Education', 'التعليم', 'پەروەردە', '2018-01-01', 'a=b', ''])('leaves %j alone', (text) => {
    expect(inertSpreadsheetText(text)).toBe(text);
  });
});
