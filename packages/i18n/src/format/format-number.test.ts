import { describe, expect, it } from 'vitest';
import { formatCurrency } from './format-currency';
import { formatNumber, formatPercent } from './format-number';

// 4,600 people took part (IOM 001: EN "4,600", AR "4,600", KU "٤،٦٠٠").
describe('formatNumber', () => {
  it('uses Arabic-Indic digits and the Arabic thousands separator in Sorani and Arabic', () => {
    expect(formatNumber('ckb', 4600)).toBe('٤٬٦٠٠');
    expect(formatNumber('ar', 4600)).toBe('٤٬٦٠٠');
    expect(formatNumber('en', 4600)).toBe('4,600');
  });

  it('lets the user choice of digits override the locale default', () => {
    expect(formatNumber('ar', 4600, { digits: 'latn' })).toBe('4,600');
    expect(formatNumber('ckb', 4600, { digits: 'latn' })).toBe('4,600');
    expect(formatNumber('en', 4600, { digits: 'arab' })).toBe('٤٬٦٠٠');
  });

  it('uses the Arabic decimal separator', () => {
    expect(formatNumber('ar', 3.2)).toBe('٣٫٢');
    expect(formatNumber('ckb', 800_100)).toBe('٨٠٠٬١٠٠');
  });
});

describe('formatPercent', () => {
  it('formats ratios as percentages', () => {
    expect(formatPercent('en', 0.81)).toBe('81%');
    expect(formatPercent('en', 0.059, { fractionDigits: 1 })).toBe('5.9%');
    expect(formatPercent('ar', 0.81)).toBe('٨١٪؜');
    expect(formatPercent('ckb', 0.81, { digits: 'latn' })).toBe('81%');
  });
});

describe('formatCurrency', () => {
  it('shows IQD without decimals and USD with cents', () => {
    expect(formatCurrency('en', '4600', 'IQD')).toBe('IQD\u00a04,600');
    expect(formatCurrency('en', 4600.5, 'IQD')).toBe('IQD\u00a04,601');
    // CRP VI donor contribution (IOM 002): US $19.3 million.
    expect(formatCurrency('en', '19300000', 'USD')).toBe('$19,300,000.00');
    expect(formatCurrency('ar', '4600', 'IQD')).toBe('\u200f٤٬٦٠٠\u00a0د.ع.\u200f');
    expect(formatCurrency('ar', '4600', 'IQD', { digits: 'latn' })).toBe('\u200f4,600\u00a0د.ع.\u200f');
  });

  it('keeps every digit of a decimal string', () => {
    expect(formatCurrency('en', '12345678901234567.89', 'USD')).toBe('$12,345,678,901,234,567.89');
  });
});
