import { describe, expect, it } from 'vitest';
import { apportion, type AmountInput } from '../../src/index.js';
import { checkApportionment } from '../../src/testing/index.js';

const rules = (total: AmountInput, weights: AmountInput[], parts: AmountInput[], quantum?: AmountInput): string[] =>
  checkApportionment(total, weights, parts, quantum).map((v) => v.rule);

describe('checkApportionment', () => {
  it.each([
    ['1.00', [1, 1, 1], ['0.34', '0.33', '0.33'], undefined, []],
    ['1.000', [1, 1, 1], ['0.334', '0.333', '0.333'], '0.001', []],
    ['-1.00', [1, 1, 1], ['-0.34', '-0.33', '-0.33'], undefined, []],
    ['0.03', [0, 1, 1], ['0', '0.02', '0.01'], undefined, []],
    ['1.00', [1, 1, 1], ['0.34', '0.34', '0.33'], undefined, ['sum']],
    ['1.00', [1, 1], ['0.505', '0.495'], undefined, ['quantum', 'quantum']],
    ['1.00', [1, 1, 1], ['0.32', '0.34', '0.34'], undefined, ['bound']],
    ['1.00', [0, 1], ['0.01', '0.99'], undefined, ['zero-weight', 'bound', 'bound']],
    // Exactly one quantum away from the exact value breaks the bound.
    ['4', [1, 1], ['1', '3'], '1', ['bound', 'bound']],
    ['4', [1, 1], ['2', '2'], '1', []],
  ] as [AmountInput, AmountInput[], AmountInput[], AmountInput | undefined, string[]][])('%s by %j as %j', (total, weights, parts, quantum, expected) => {
    expect(rules(total, weights, parts, quantum)).toEqual(expected);
  });

  it('explains each violation', () => {
    expect(checkApportionment('1.00', [0, 1], ['0.02', '0.99'])).toMatchInlineSnapshot(`
      [
        {
          "message": "shares sum to 1.01, not 1",
          "rule": "sum",
        },
        {
          "message": "share 0 has zero weight but got 0.02",
          "rule": "zero-weight",
        },
        {
          "message": "share 0 (0.02) is a quantum or more from its exact value",
          "rule": "bound",
        },
        {
          "message": "share 1 (0.99) is a quantum or more from its exact value",
          "rule": "bound",
        },
      ]
    `);
  });

  it('accepts what apportion returns for the widest amounts it reads', () => {
    // Shares of 41 integer digits and 40 decimals: 81 significant digits, past the library's precision.
    const weights = [1, 1, 1, 1, 1, 1, 1];
    const parts = apportion('9.9e40', weights, { quantum: '1e-40' });
    expect(parts[0]!.toString()).toBe('14142857142857142857142857142857142857142.8571428571428571428571428571428571428572');
    expect(checkApportionment('9.9e40', weights, parts, '1e-40')).toEqual([]);
    // And still finds a share that is one quantum out among such digits.
    const wrong = parts.map(String);
    wrong[0] = '14142857142857142857142857142857142857142.8571428571428571428571428571428571428573';
    expect(checkApportionment('9.9e40', weights, wrong, '1e-40').map((v) => v.rule)).toEqual(['sum', 'bound']);
  });

  it('measures the bound exactly when the weights span more than 80 digits', () => {
    // Weights 1 and 1e-80: the exact values of a total of 1 are 1/(1 + 1e-80) and 1e-80/(1 + 1e-80). A share of
    // 0 for the first is less than one quantum away, by 1e-80/(1 + 1e-80); rounding the sum of the weights to
    // 80 digits would make it exactly one quantum.
    const tiny = `0.${'0'.repeat(79)}1`;
    expect(checkApportionment('1', ['1', tiny], ['0', '1'], '1')).toEqual([]);
    expect(checkApportionment('1', ['1', tiny], ['1', '0'], '1')).toEqual([]);
    expect(rules('1', ['1', tiny], ['-1', '2'], '1')).toEqual(['bound', 'bound']);
  });

  it('handles weights spanning more than 80 digits', () => {
    const weights = ['1e40', '0.0000000000000000000000000000000000000001', '3'];
    const parts = apportion('1', weights, { quantum: '1e-40' });
    expect(parts.map(String)).toEqual(['0.9999999999999999999999999999999999999997', '0', '0.0000000000000000000000000000000000000003']);
    expect(checkApportionment('1', weights, parts, '1e-40')).toEqual([]);
    // Giving the tiny weight a quantum it is not owed is caught by the sum.
    expect(rules('1', weights, ['0.9999999999999999999999999999999999999997', '0.0000000000000000000000000000000000000001', '0.0000000000000000000000000000000000000003'], '1e-40')).toEqual(['sum']);
  });
});
