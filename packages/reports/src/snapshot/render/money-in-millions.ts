import type { Translator } from '@crc/i18n';

/**
 * An amount in millions with two decimals, as the snapshot prints donor contributions
 * ("US$23.75 million", "٢٣٫٧٥ مليون US$"): the symbol is the currency's international one.
 */
export function moneyInMillions(i18n: Translator, amount: string, currency: string): string {
  const millions = Math.round(Number(amount) / 10_000) / 100;
  const symbol =
    new Intl.NumberFormat('ar', { style: 'currency', currency, currencyDisplay: 'symbol' })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value ?? currency;
  return i18n.t('report.snapshot.millions', {
    // A left-to-right isolate, so that "US$" does not read "$US" in Arabic script.
    symbol: i18n.direction === 'rtl' ? `\u2066${symbol}\u2069` : symbol,
    amount: i18n.formatNumber(millions, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  });
}
