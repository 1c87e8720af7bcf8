import { describe, expect, it } from 'vitest';
import { buildView, evaluate, parseScenario, pivot, renderJson } from '../../src/index.js';
import { smallEvaluation, smallScenario } from './_scenarios.js';

/** Every number anywhere in a parsed JSON value (there should be none standing for money). */
function numbersIn(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

describe('renderJson', () => {
  const e = smallEvaluation();

  it('writes amounts as strings in the unit, to the quantum in that unit', () => {
    const json = JSON.parse(renderJson(buildView(e, 'tiers'), { unit: '£m' }));
    expect(json.unit).toBe('£m');
    const [table] = json.tables;
    expect(table.unit).toBe('£m');
    expect(table.rows.map((r: { values: unknown[]; total: unknown }) => [...r.values, r.total])).toEqual([
      ['0.000550', '0.000050', '0.000600'],
      ['0.000501', '0.000500', '0.001001'],
      ['-0.000150', '-0.000150', '-0.000300'],
    ]);
    expect(table.columnTotals).toEqual(['0.000901', '0.000400']);
    expect(table.grandTotal).toBe('0.001301');
  });

  it('holds no JSON numbers except indexes and counts', () => {
    const json = JSON.parse(renderJson(buildView(e, 'reconcile')));
    expect(numbersIn(json).filter((p) => !/\.index$|\.counts\.|\.arithmeticFailures$|\.total$|\.groups\[\d+\]\.(count$|verdicts\.)/.test(p))).toEqual([]);
    const tables = JSON.parse(renderJson(buildView(e, 'services')));
    expect(numbersIn(tables)).toEqual([]);
  });

  it('prints exactly what a value needs when it is finer than the decimals asked for', () => {
    const t = pivot(e, { rows: 'tier', columns: 'partner' });
    const json = JSON.parse(renderJson(t, { unit: '£000', decimals: 0 }));
    expect(json.rows[1].values).toEqual(['0.501', '0.500']);
  });

  it('gives positions per partner and across, but no meaningless sum down', () => {
    const json = JSON.parse(renderJson(buildView(e, 'services'), { unit: '£' }));
    const [money, fte] = json.tables;
    expect(money.rows.map((r: { key: string; total: string }) => [r.key, r.total])).toEqual([
      ['starting', '1500'],
      ['closing', '900'],
      ['change', '600'],
    ]);
    expect(money.columnTotals).toBeNull();
    expect(money.grandTotal).toBeNull();
    expect(fte.unit).toBe('FTE');
    expect(fte.rows[1].values).toEqual(['6.00', '4.50']);
  });

  it('is byte-identical across runs of the same scenario', () => {
    const once = renderJson(buildView(evaluate(parseScenario(smallScenario())), 'partners'));
    const again = renderJson(buildView(evaluate(parseScenario(smallScenario())), 'partners'));
    expect(again).toBe(once);
    expect(once.endsWith('}\n')).toBe(true);
  });
});
