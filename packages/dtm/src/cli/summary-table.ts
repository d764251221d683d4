/** Two aligned columns, label and value: the end-of-run summary. */
export function summaryTable(rows: readonly (readonly [string, string | number | undefined])[]): string {
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  const width = Math.max(...shown.map(([label]) => label.length));
  const format = (value: string | number | undefined) =>
    typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
  const rule = '-'.repeat(width + 2 + Math.max(...shown.map(([, value]) => format(value).length)));
  return [rule, ...shown.map(([label, value]) => `${label.padEnd(width)}  ${format(value)}`), rule].join('\n');
}
