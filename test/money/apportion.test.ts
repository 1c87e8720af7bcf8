import { describe, expect, it } from 'vitest';
import { Decimal, InputError, apportion, type AllocationMode, type AmountInput, type ApportionOptions } from '../../src/index.js';
import { thrown } from './_thrown.js';

const str = (parts: readonly Decimal[]): string[] => parts.map((p) => p.toString());
const strRecord = (parts: Readonly<Record<string, Decimal>>): Record<string, string> =>
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.toString()]));

describe('apportion: array weights', () => {
  it.each([
    // total, weights, options, shares
    ['1.000', [1, 1, 1], { quantum: '0.001' }, ['0.334', '0.333', '0.333']],
    ['1', [1, 1, 1], {}, ['0.34', '0.33', '0.33']],
    ['0.02', [1, 1, 1], {}, ['0.01', '0.01', '0']],
    ['100', [1, 2, 3], {}, ['16.67', '33.33', '50']],
    ['100', [1, 1, 1, 1, 1, 1, 1], {}, ['14.29', '14.29', '14.29', '14.29', '14.28', '14.28', '14.28']],
    ['10', [6, 6, 2], { quantum: 1 }, ['4', '4', '2']],
    ['11', [6, 6, 2], { quantum: 1 }, ['5', '5', '1']],
    ['1', [1, 1, 1], { quantum: '0.25' }, ['0.5', '0.25', '0.25']],
    ['3000', [1, 1], { quantum: '1000' }, ['2000', '1000']],
    ['1', [1, 1, 2], { quantum: 1 }, ['0', '0', '1']],
    ['0', [1, 2, 3], {}, ['0', '0', '0']],
    ['7', [1], { quantum: 1 }, ['7']],
    ['0.07', ['5', '3', '2'], {}, ['0.04', '0.02', '0.01']],
    ['1e3', [1, 3], { quantum: '1e1' }, ['250', '750']],
    ['1.000', [1, 1, 1], { quantum: 0.001 }, ['0.334', '0.333', '0.333']],
    ['1.000', [1, 1, 1], { quantum: new Decimal('0.001') }, ['0.334', '0.333', '0.333']],
  ] as [AmountInput, AmountInput[], ApportionOptions, string[]][])('%s by %j with %j gives %j', (total, weights, options, expected) => {
    expect(str(apportion(total, weights, options))).toEqual(expected);
  });

  it('returns Decimals of the library clone, at the quantum', () => {
    const parts = apportion('1.000', [1, 1, 1], { quantum: '0.001' });
    for (const p of parts) expect(p).toBeInstanceOf(Decimal);
    expect(parts.map((p) => p.toFixed(3))).toEqual(['0.334', '0.333', '0.333']);
  });

  it('does not modify its inputs', () => {
    const weights = Object.freeze(['1', 2, new Decimal('3')]);
    const options = Object.freeze({ quantum: '0.01', tieOrder: Object.freeze([2, 1]) });
    expect(str(apportion('1', weights, options))).toEqual(['0.17', '0.33', '0.5']);
    expect(weights.map(String)).toEqual(['1', '2', '3']);
    expect(options.tieOrder).toEqual([2, 1]);
  });

  it('splits among many partners', () => {
    const weights = new Array<number>(1000).fill(1);
    const even = apportion('10', weights);
    expect(new Set(str(even))).toEqual(new Set(['0.01']));
    const odd = apportion('10.01', weights);
    expect(str(odd.slice(0, 2))).toEqual(['0.02', '0.01']);
    expect(odd.reduce((a, b) => a.plus(b), new Decimal(0)).toString()).toBe('10.01');
  });
});

describe('apportion: record weights', () => {
  it('keeps the keys and their order', () => {
    const out = apportion('1.000', { hf: 1, rbkc: 1, cow: 1 }, { quantum: '0.001' });
    expect(Object.keys(out)).toEqual(['hf', 'rbkc', 'cow']);
    expect(strRecord(out)).toEqual({ hf: '0.334', rbkc: '0.333', cow: '0.333' });
  });

  it('reads weights of every accepted kind', () => {
    expect(strRecord(apportion('100', { a: '1', b: 2, c: new Decimal(3) }))).toEqual({ a: '16.67', b: '33.33', c: '50' });
  });
});

describe('apportion: tie order', () => {
  it.each([
    [[], ['0.34', '0.33', '0.33']],
    [[0], ['0.34', '0.33', '0.33']],
    [[1], ['0.33', '0.34', '0.33']],
    [[2], ['0.33', '0.33', '0.34']],
    [[2, 1, 0], ['0.33', '0.33', '0.34']],
    [[2, 2, 1], ['0.33', '0.33', '0.34']],
  ])('by index %j', (tieOrder, expected) => {
    expect(str(apportion('1', [1, 1, 1], { tieOrder }))).toEqual(expected);
  });

  it.each([
    [[2, 1], ['0', '0.01', '0.01']],
    [[1], ['0.01', '0.01', '0']],
    [[1, 2], ['0', '0.01', '0.01']],
  ])('the unlisted follow in input order: %j', (tieOrder, expected) => {
    expect(str(apportion('0.02', [1, 1, 1], { tieOrder }))).toEqual(expected);
  });

  it.each([
    [['rbkc'], { hf: '0.333', rbkc: '0.334', cow: '0.333' }],
    [['cow', 'rbkc'], { hf: '0.333', rbkc: '0.333', cow: '0.334' }],
    [['hf'], { hf: '0.334', rbkc: '0.333', cow: '0.333' }],
  ])('by id %j', (tieOrder, expected) => {
    expect(strRecord(apportion('1.000', { hf: 1, rbkc: 1, cow: 1 }, { quantum: '0.001', tieOrder }))).toEqual(expected);
  });

  it('only decides exact ties', () => {
    // Exact values 0.25, 0.25, 0.5: the largest remainder wins whatever the tie order.
    expect(str(apportion('1', [1, 1, 2], { quantum: 1, tieOrder: [0, 1] }))).toEqual(['0', '0', '1']);
    // Exact values 24/7, 24/7, 8/7: remainders 3/7 and 3/7 tie for the one unit left, 1/7 does not compete.
    expect(str(apportion('8', [3, 3, 1], { quantum: 1 }))).toEqual(['4', '3', '1']);
    expect(str(apportion('8', [3, 3, 1], { quantum: 1, tieOrder: [1] }))).toEqual(['3', '4', '1']);
    expect(str(apportion('8', [3, 3, 1], { quantum: 1, tieOrder: [2, 1] }))).toEqual(['3', '4', '1']);
  });
});

describe('apportion: modes', () => {
  // Exact values 1.2, 2.0, 0.8 at a quantum of 1: one unit is left after flooring to 1, 2, 0.
  it.each([
    ['largestRemainder', ['1', '2', '1']],
    ['firstPartners', ['2', '2', '0']],
    ['largestWeights', ['1', '3', '0']],
  ] as [AllocationMode, string[]][])('%s', (mode, expected) => {
    expect(str(apportion('4', [3, 5, 2], { quantum: 1, mode }))).toEqual(expected);
  });

  it('defaults to largest remainder', () => {
    expect(str(apportion('4', [3, 5, 2], { quantum: 1 }))).toEqual(['1', '2', '1']);
  });

  it.each([
    ['largestRemainder', [1, 0], ['0', '0.02', '0.01', '0']],
    ['firstPartners', [1, 0], ['0', '0.02', '0.01', '0']],
    ['firstPartners', [0, 3], ['0', '0.02', '0.01', '0']],
    ['largestWeights', [0, 2], ['0', '0.01', '0.02', '0']],
    ['largestWeights', [], ['0', '0.02', '0.01', '0']],
  ] as [AllocationMode, number[], string[]][])('%s with tie order %j gives a zero weight zero', (mode, tieOrder, expected) => {
    // Exact values 0, 1.5, 1.5, 0 quanta.
    expect(str(apportion('0.03', [0, 1, 1, 0], { mode, tieOrder }))).toEqual(expected);
  });

  it('firstPartners never rounds up a share that divides exactly; largestWeights does, as dinero.js allocate does', () => {
    // 10 by 2 : 1 : 1 is 5, 2.5, 2.5: one unit left. The first partner's 5 is exact, so the unit goes to
    // the next in tie order; by largest weight it goes to the first partner, making 6.
    expect(str(apportion('10', [2, 1, 1], { quantum: 1, mode: 'firstPartners' }))).toEqual(['5', '3', '2']);
    expect(str(apportion('10', [2, 1, 1], { quantum: 1, mode: 'largestWeights' }))).toEqual(['6', '2', '2']);
  });

  it('firstPartners and largestWeights follow the tie order', () => {
    expect(str(apportion('0.02', [1, 1, 1], { mode: 'firstPartners', tieOrder: [2] }))).toEqual(['0.01', '0', '0.01']);
    expect(str(apportion('0.02', [1, 1, 1], { mode: 'largestWeights', tieOrder: [2, 1] }))).toEqual(['0', '0.01', '0.01']);
    expect(str(apportion('0.05', [2, 2, 1, 1], { mode: 'largestWeights', tieOrder: [1] }))).toEqual(['0.02', '0.02', '0.01', '0']);
  });
});

describe('apportion: the Alabama paradox, as documented', () => {
  it('gives 4 / 4 / 2 for 10 and 5 / 5 / 1 for 11 with weights 6, 6, 2', () => {
    const ten = str(apportion(10, [6, 6, 2], { quantum: 1 }));
    const eleven = str(apportion(11, [6, 6, 2], { quantum: 1 }));
    expect(ten).toEqual(['4', '4', '2']);
    expect(eleven).toEqual(['5', '5', '1']);
    expect(Number(eleven[2]) < Number(ten[2])).toBe(true);
  });
});

describe('apportion: signs and zero', () => {
  it.each([
    ['1', [1, 1, 1], '0.01', ['0.34', '0.33', '0.33']],
    ['-1', [1, 1, 1], '0.01', ['-0.34', '-0.33', '-0.33']],
    ['-11', [6, 6, 2], '1', ['-5', '-5', '-1']],
    ['-10', [6, 6, 2], '1', ['-4', '-4', '-2']],
    ['-0.03', [0, 1, 1, 0], '0.01', ['0', '-0.02', '-0.01', '0']],
    ['-4', [3, 5, 2], '1', ['-1', '-2', '-1']],
  ] as [string, number[], string, string[]][])('%s by %j at %s', (total, weights, quantum, expected) => {
    expect(str(apportion(total, weights, { quantum }))).toEqual(expected);
  });

  it('gives a zero weight zero even when it is first in the tie order', () => {
    expect(str(apportion('0.01', [0, 1, 1], { tieOrder: [0] }))).toEqual(['0', '0.01', '0']);
    expect(str(apportion('-0.01', [0, 1, 1], { tieOrder: [0] }))).toEqual(['0', '-0.01', '0']);
  });

  it('splits -0 and 0 to zeros', () => {
    expect(str(apportion('-0', [1, 1]))).toEqual(['0', '0']);
    expect(str(apportion(-0, [1, 1]))).toEqual(['0', '0']);
  });
});

describe('apportion: exact comparison of remainders', () => {
  it('reads weights written in different scales as the same weights', () => {
    const options = { quantum: '0.01' };
    for (const total of ['0.01', '0.02', '0.03', '0.05', '1', '-0.02', '99.99']) {
      const integers = str(apportion(total, [1, 1, 2], options));
      expect(str(apportion(total, ['0.1', '0.1', '0.2'], options))).toEqual(integers);
      expect(str(apportion(total, [0.1, 0.1, 0.2], options))).toEqual(integers);
      expect(str(apportion(total, ['1000', '1000', '2000'], options))).toEqual(integers);
      expect(str(apportion(total, ['1e-9', '1e-9', '2e-9'], options))).toEqual(integers);
    }
    // Remainders 1/2 and 1/2 are an exact tie: input order decides, then the tie order.
    expect(str(apportion('0.02', ['0.1', '0.1', '0.2']))).toEqual(['0.01', '0', '0.01']);
    expect(str(apportion('0.02', [0.1, 0.1, 0.2], { tieOrder: [1] }))).toEqual(['0', '0.01', '0.01']);
    // In binary floating point 0.1 + 0.2 is not 0.3; exactly, 0.1 and 0.2 split 3 as 1 and 2.
    expect(str(apportion('3', [0.1, 0.2], { quantum: 1 }))).toEqual(['1', '2']);
    expect(str(apportion('3', ['0.1', '0.2'], { quantum: 1 }))).toEqual(['1', '2']);
    expect(str(apportion('3', [1, 2], { quantum: 1 }))).toEqual(['1', '2']);
  });

  it('tells apart weights that are equal as doubles but not as decimals', () => {
    // Both weights are the double 1, but the second is larger, so its remainder is larger.
    expect(str(apportion('1', ['1', '1.0000000000000001'], { quantum: 1 }))).toEqual(['0', '1']);
    expect(str(apportion('1', ['1.0000000000000001', '1'], { quantum: 1, tieOrder: [1] }))).toEqual(['1', '0']);
    // Integers above 2^53 that round to the same double.
    expect(str(apportion('1', ['9007199254740992', '9007199254740993'], { quantum: 1 }))).toEqual(['0', '1']);
    expect(str(apportion('1', ['9007199254740993', '9007199254740992'], { quantum: 1, tieOrder: [1] }))).toEqual(['1', '0']);
  });

  it('handles the widest amounts it accepts without rounding', () => {
    const third = '3333333333333333333333333333333333333333.3333333333333333333333333333333333333333';
    const parts = apportion('1e40', [1, 1, 1], { quantum: '1e-40' });
    expect(str(parts)).toEqual([`${third.slice(0, -1)}4`, third, third]);
    expect(str(apportion('1', ['1e40', '1e-40'], { quantum: '1e-40' }))).toEqual(['1', '0']);
  });
});

describe('apportion: ids that are Object.prototype names', () => {
  it('splits by "__proto__", "constructor" and "toString" as ordinary ids', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const weights = JSON.parse('{"__proto__": 1, "constructor": 1, "toString": 2, "hasOwnProperty": 0}') as Record<string, number>;
    // Exact values 1.5, 1.5, 3, 0 pennies: the tie for the odd penny goes to "constructor".
    const out = apportion('0.06', weights, { tieOrder: ['constructor'] });
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(Object.entries(strRecord(out))).toEqual([
      ['__proto__', '0.01'],
      ['constructor', '0.02'],
      ['toString', '0.03'],
      ['hasOwnProperty', '0'],
    ]);
    expect(out['__proto__']).toBeInstanceOf(Decimal);
    // Nothing leaked onto Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    const plain: Record<string, unknown> = {};
    expect(plain['toString']).toBe(Object.prototype.toString);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(({}).constructor).toBe(Object);
  });

  it('accepts "__proto__" in the tie order', () => {
    const weights = JSON.parse('{"constructor": 1, "__proto__": 1}') as Record<string, number>;
    expect(Object.entries(strRecord(apportion('0.01', weights, { tieOrder: ['__proto__'] })))).toEqual([
      ['constructor', '0'],
      ['__proto__', '0.01'],
    ]);
  });

  it('refuses a prototype name that is not one of the ids', () => {
    expect(thrown(() => apportion('1', { a: 1 }, { tieOrder: ['constructor'] })).message).toBe('tieOrder[0]: expected one of "a", found "constructor"');
    expect(thrown(() => apportion('1', { a: 1 }, { tieOrder: ['__proto__'] })).code).toBe('E_OPTION');
  });
});

describe('apportion: errors', () => {
  it.each([
    ['a total finer than the quantum', () => apportion('1.005', [1, 1]), 'E_NOT_AT_QUANTUM', 'total: expected a whole multiple of the quantum 0.01, found 1.005, which is finer'],
    ['a total off a coarse quantum', () => apportion('1.5', [1, 1], { quantum: 1 }), 'E_NOT_AT_QUANTUM', 'total: expected a whole multiple of the quantum 1, found 1.5, which is finer'],
    ['a total off a quantum of 0.25', () => apportion('1.1', [1, 1], { quantum: '0.25' }), 'E_NOT_AT_QUANTUM', 'total: expected a whole multiple of the quantum 0.25, found 1.1, which is finer'],
    ['a float sum off the penny', () => apportion(0.1 + 0.2, [1, 1]), 'E_NOT_AT_QUANTUM', 'total: expected a whole multiple of the quantum 0.01, found 0.30000000000000004, which is finer'],
    ['an unreadable total', () => apportion('1,000', [1, 1]), 'E_AMOUNT', 'total: expected a finite decimal amount, found "1,000"'],
    ['a NaN total', () => apportion(Number.NaN, [1, 1]), 'E_AMOUNT', 'total: expected a finite decimal amount, found NaN'],
    ['a negative weight', () => apportion('1', [1, -1]), 'E_WEIGHTS', 'weights[1]: expected a finite, non-negative weight, found -1'],
    ['a negative weight string', () => apportion('1', ['1', '-0.5']), 'E_WEIGHTS', 'weights[1]: expected a finite, non-negative weight, found "-0.5"'],
    ['a negative weight by id', () => apportion('1', { hf: 1, rbkc: -2 }), 'E_WEIGHTS', 'weights.rbkc: expected a finite, non-negative weight, found -2'],
    ['a NaN weight', () => apportion('1', [Number.NaN, 1]), 'E_WEIGHTS', 'weights[0]: expected a finite, non-negative weight, found NaN'],
    ['an infinite weight', () => apportion('1', [1, Number.POSITIVE_INFINITY]), 'E_WEIGHTS', 'weights[1]: expected a finite, non-negative weight, found Infinity'],
    ['a minus-infinite weight', () => apportion('1', [Number.NEGATIVE_INFINITY]), 'E_WEIGHTS', 'weights[0]: expected a finite, non-negative weight, found -Infinity'],
    ['an unreadable weight', () => apportion('1', ['1,5']), 'E_WEIGHTS', 'weights[0]: expected a finite, non-negative weight, found "1,5"'],
    ['a missing weight', () => apportion('1', [1, undefined as unknown as number]), 'E_WEIGHTS', 'weights[1]: expected a finite, non-negative weight, found nothing'],
    ['a weight with an odd id', () => apportion('1', { 'st-helens': 'x' }), 'E_WEIGHTS', 'weights["st-helens"]: expected a finite, non-negative weight, found "x"'],
    ['all weights zero', () => apportion('1', [0, 0, '0.00']), 'E_WEIGHTS', 'weights: expected at least one weight above zero, found all weights zero'],
    ['all weights zero by id', () => apportion('1', { a: 0 }), 'E_WEIGHTS', 'weights: expected at least one weight above zero, found all weights zero'],
    ['no weights', () => apportion('1', []), 'E_WEIGHTS', 'weights: expected at least one weight, found none'],
    ['no weights by id', () => apportion('1', {}), 'E_WEIGHTS', 'weights: expected at least one weight, found none'],
    ['a zero quantum', () => apportion('1', [1], { quantum: 0 }), 'E_OPTION', 'quantum: expected a positive decimal amount such as "0.01", found 0'],
    ['a negative quantum', () => apportion('1', [1], { quantum: '-0.01' }), 'E_OPTION', 'quantum: expected a positive decimal amount such as "0.01", found "-0.01"'],
    ['a minus-zero quantum', () => apportion('1', [1], { quantum: '-0' }), 'E_OPTION', 'quantum: expected a positive decimal amount such as "0.01", found "-0"'],
    ['an unreadable quantum', () => apportion('1', [1], { quantum: 'penny' }), 'E_OPTION', 'quantum: expected a positive decimal amount such as "0.01", found "penny"'],
    ['a NaN quantum', () => apportion('1', [1], { quantum: Number.NaN }), 'E_OPTION', 'quantum: expected a positive decimal amount such as "0.01", found NaN'],
    ['an index beyond the weights', () => apportion('1', [1, 1], { tieOrder: [2] }), 'E_OPTION', 'tieOrder[0]: expected one of 0, 1, found 2'],
    ['an id as the tie order of an array', () => apportion('1', [1, 1], { tieOrder: [1, '0'] }), 'E_OPTION', 'tieOrder[1]: expected one of 0, 1, found "0"'],
    ['an unknown id', () => apportion('1', { hf: 1, rbkc: 1, cow: 1 }, { tieOrder: ['rbkc', 'lbhf'] }), 'E_OPTION', 'tieOrder[1]: expected one of "hf", "rbkc", "cow", found "lbhf"'],
    ['an index as the tie order of a record', () => apportion('1', { hf: 1 }, { tieOrder: [0] }), 'E_OPTION', 'tieOrder[0]: expected one of "hf", found 0'],
    ['an unknown mode', () => apportion('1', [1, 1], { mode: 'largestRemainders' as AllocationMode }), 'E_OPTION', 'mode: expected one of "largestRemainder", "firstPartners", "largestWeights", found "largestRemainders"'],
  ] as [string, () => unknown, string, string][])('%s', (_label, call, code, message) => {
    const err = thrown(call);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]!.code).toBe(code);
    expect(err.issues[0]!.message).toBe(message);
  });

  it('reports the shape of an error', () => {
    const err = thrown(() => apportion('1', { hf: 1, rbkc: -2 }));
    expect({ name: err.name, code: err.code, issues: err.issues }).toMatchInlineSnapshot(`
      {
        "code": "E_WEIGHTS",
        "issues": [
          {
            "code": "E_WEIGHTS",
            "expected": "a finite, non-negative weight",
            "message": "weights.rbkc: expected a finite, non-negative weight, found -2",
            "path": [
              "weights",
              "rbkc",
            ],
            "received": "-2",
          },
        ],
        "name": "InputError",
      }
    `);
    const quantum = thrown(() => apportion('1.005', [1, 1]));
    expect({ name: quantum.name, code: quantum.code, issues: quantum.issues }).toMatchInlineSnapshot(`
      {
        "code": "E_NOT_AT_QUANTUM",
        "issues": [
          {
            "code": "E_NOT_AT_QUANTUM",
            "expected": "a whole multiple of the quantum 0.01",
            "message": "total: expected a whole multiple of the quantum 0.01, found 1.005, which is finer",
            "path": [
              "total",
            ],
            "received": "1.005, which is finer",
          },
        ],
        "name": "InputError",
      }
    `);
  });
});
