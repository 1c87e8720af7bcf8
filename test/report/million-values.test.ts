/**
 * A table of a million values goes through pivot and the CSV and JSON renderers. A spread of its values
 * into a call (`Math.max(...values)`, `push(...values)`) passes each as an argument on the stack and
 * throws a RangeError well before a million; nothing on this path may do that.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario, pivot, renderCsv, renderJson } from '../../src/index.js';

describe('a table of a million values', () => {
  // 1,000 partners × 1,000 lines in one year: line × partner is 1,000,000 values.
  const partners = Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
  const lines = Array.from({ length: 1000 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, amount: `${1000 + i}.${String(i % 100).padStart(2, '0')}`, attribution: { rule: 'equal' } }));
  const e = evaluate(parseScenario({ version: 1, title: 'Million', settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 1 }, partners, lines }));
  const table = pivot(e, { rows: 'line', columns: 'partner' });

  it('pivots it, every total adding up', () => {
    expect(table.rows.length * table.columns.length).toBe(1_000_000);
    expect(table.grandTotal.toFixed(2)).toBe(lines.reduce((a, l) => a + Math.round(Number(l.amount) * 100), 0).toString().replace(/(\d\d)$/, '.$1'));
    expect(table.rows[999]!.total.toFixed(2)).toBe('1999.99');
  });

  it('renders it as CSV, a line a row', () => {
    const csv = renderCsv(table);
    expect(csv.split('\r\n').length).toBe(1 + 1 + 1000 + 1 + 1); // title, header, rows, total, the last line's end
    expect(csv.split('\r\n')[1001]!.split(',').length).toBe(1002);
  });

  it('renders it as JSON, every value a string', () => {
    const json = JSON.parse(renderJson(table)) as { rows: { values: string[] }[] };
    expect(json.rows.length).toBe(1000);
    expect(json.rows[999]!.values.length).toBe(1000);
  });
});
