// The schema pass that checks plain savings lines by hand must give exactly what the scenario schema
// gives: the same output (keys in the same order, the same defaults) for a valid file, the same issues in
// the same order for any other. Drawn over lines whose every key may be valid, hostile, of another type,
// absent, or present but undefined; over files that are wrong elsewhere too; over random valid
// scenarios; and over every example.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeParseScenarioFile, scenarioSchema } from '../../src/schema/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';

const RUNS = { numRuns: 400 };

/** Both results, compared whole: success, output (with its key order) or issues. */
function expectSameResult(file: unknown): void {
  const fast = safeParseScenarioFile(file);
  const full = scenarioSchema.safeParse(file);
  expect(fast.success).toBe(full.success);
  if (fast.success && full.success) {
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(full.data));
    expect(fast.data).toStrictEqual(full.data);
  } else {
    expect(fast.error?.issues).toStrictEqual(full.error?.issues);
  }
}

const absent = Symbol('absent');
/** A key's value: one of those given, or absent, or present but undefined. */
const keyValue = (...values: unknown[]): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: fc.constant(absent), weight: 3 }, fc.constantFrom(...values), { arbitrary: fc.constant(undefined), weight: 1 });

const amountText = fc.oneof(
  fc.constantFrom('100', '-2.5', '0.1', '1000000.01', '-0', '0', '1e3', ' 1', '1.', '.5', '+1', '٣', '1_000', '', '1000000000000000', '0.0000000000001', '12345678901234567890123456789012345678901'),
  fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 14 })).map(([n, s]) => (s === 0 ? `${n}` : `${n < 0n ? '-' : ''}${(n < 0n ? -n : n).toString().padStart(s + 1, '0').replace(new RegExp(`(\\d{${s}})$`), '.$1')}`)),
  fc.constantFrom(5, 0.1, -3, Number.NaN, null, true, [], {}),
);
const yearText = fc.constantFrom('2020/21', '2021/22', '2022/23', '2020/22', '1899/00', '20/21', '2020-21', 2020, null);
const entry = fc.oneof(
  { arbitrary: fc.record({ year: yearText, share: amountText }), weight: 4 },
  { arbitrary: fc.record({ year: yearText, amount: amountText }), weight: 2 },
  fc.record({ share: amountText, year: yearText }),
  fc.record({ year: yearText }),
  fc.record({ year: yearText, share: amountText, amount: amountText }),
  fc.record({ year: yearText, share: fc.constant(undefined) }),
  fc.constantFrom('x', null, 1, [], { year: '2020/21', share: '0.5', note: 'x' }),
);
const attribution = fc.constantFrom(
  { rule: 'equal' },
  { rule: 'metric', metric: 'population' },
  { metric: 'population', rule: 'metric' },
  { rule: 'metric', metric: '1bad' },
  { rule: 'metric', metric: 'constructor' },
  { rule: 'metric' },
  { rule: 'equal', precision: '0.01' },
  { rule: 'equal', precision: undefined },
  { rule: 'shares', shares: { a: '0.5', b: '0.5' } },
  { rule: 'actual', amounts: { a: '50', b: '50' } },
  { rule: 'metric', metric: 'population', driverYear: -1 },
  { rule: 'nope' },
  'equal',
  null,
  { rule: 'equal', extra: 1 },
);
const extras = fc.record(
  { fte: fc.constantFrom({ amount: '1' }, { amount: 'x' }), quantum: fc.constantFrom('0.01', '0', 'x'), tieOrder: fc.constantFrom(['a', 'b'], ['1']), needs: fc.constantFrom(['a'], []), unknown: fc.constant('x'), from: fc.constantFrom({ budget: 'b1' }) },
  { requiredKeys: [] },
);
const line = fc
  .record({
    id: fc.oneof({ arbitrary: fc.constantFrom('l1', 'l2', 'L-3_x', 'a'), weight: 6 }, fc.constantFrom('', '1x', '__proto__', 'constructor', 'prototype', 'a b', 5, null)),
    name: fc.oneof({ arbitrary: fc.constant('Line'), weight: 6 }, fc.constantFrom('', 5, null)),
    service: keyValue('svc', 'bad id!', 3),
    kind: keyValue('saving', 'income', 'cost', 'nope', 3),
    tier: keyValue('assured', 'projected', 'possible', 'likely'),
    category: keyValue('employees', 'other costs', 'income lost', 'additional income', 'Employees'),
    fund: keyValue('GF', 'General Fund', '', 1),
    recurrence: keyValue('ongoing', 'one-off', 'once'),
    amount: fc.oneof({ arbitrary: fc.constant(absent), weight: 1 }, { arbitrary: amountText, weight: 4 }),
    attribution: fc.oneof({ arbitrary: fc.constant(absent), weight: 1 }, { arbitrary: attribution, weight: 3 }),
    phasing: fc.oneof({ arbitrary: fc.constant(absent), weight: 1 }, { arbitrary: fc.array(entry, { maxLength: 4 }), weight: 3 }, fc.constantFrom('x', null, {})),
    basis: keyValue('A', '', 5),
  })
  .chain((l) => fc.oneof({ arbitrary: fc.constant({}), weight: 4 }, extras).map((x) => ({ ...l, ...x })))
  .map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== absent)));

/** A valid line of a plain shape, then one key set to a value of any kind (or deleted), or one phasing entry's share or amount replaced. */
const validLine = fc.record({
  id: fc.constantFrom('l1', 'l2'),
  name: fc.constant('Line'),
  amount: fc.constantFrom('100', '-2.5', '1000000.01'),
  attribution: fc.constantFrom({ rule: 'equal' }, { rule: 'metric', metric: 'population' }),
  phasing: fc.constantFrom([{ year: '2020/21', share: '0.5' }, { year: '2021/22', share: '0.5' }], [{ year: '2020/21', amount: '100' }]),
});
const KEYS = ['id', 'name', 'service', 'kind', 'tier', 'category', 'fund', 'recurrence', 'amount', 'attribution', 'phasing', 'basis', 'fte', 'quantum', 'other'];
const oneOff = fc
  .tuple(validLine, fc.constantFrom(...KEYS), fc.oneof(amountText, yearText, attribution, fc.constantFrom('l3', 'saving', 'possible', 'employees', 'GF', 'ongoing', 'one-off', 'A', '', undefined, absent)), fc.boolean())
  .map(([l, key, value, inPhasing]) => {
    const out: Record<string, unknown> = { ...l };
    if (inPhasing) {
      const phasing = (l.phasing as unknown as Record<string, unknown>[]).map((e) => ({ ...e }));
      const first = phasing[0]!;
      if (value === absent) delete first[key === 'year' ? 'year' : 'share'];
      else first['share' in first ? 'share' : 'amount'] = value;
      out.phasing = phasing;
    } else if (value === absent) delete out[key];
    else out[key] = value;
    return out;
  });

const base = {
  version: 1,
  title: 'Pass',
  settings: { firstYear: '2020/21', years: 3 },
  partners: [
    { id: 'a', name: 'A', metrics: { population: '100' } },
    { id: 'b', name: 'B', metrics: { population: '300' } },
  ],
};

describe('the schema pass of plain lines', () => {
  it('gives what the scenario schema gives, for lines of any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: line, weight: 12 }, fc.constantFrom('x', null, [], 7)), { maxLength: 6 }), (lines) => {
        expectSameResult({ ...base, lines });
      }),
      RUNS,
    );
  });

  it('gives what the scenario schema gives for valid lines with one value changed', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validLine, oneOff), { minLength: 1, maxLength: 4 }), (lines) => {
        expectSameResult({ ...base, lines });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives what the scenario schema gives where the file is wrong elsewhere too', () => {
    const elsewhere = fc.constantFrom<Record<string, unknown>>({ settings: { firstYear: '2020/21', years: 0 } }, { partners: [] }, { title: '' }, { surplus: 1 }, { costs: 'x' }, { version: 2 }, {});
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), elsewhere, (lines, wrong) => {
        expectSameResult({ ...base, lines, ...wrong });
      }),
      RUNS,
    );
  });

  it('gives what the scenario schema gives where there is no list of lines', () => {
    for (const lines of [undefined, 'x', null, {}, 5]) expectSameResult({ ...base, lines });
    const { ...noLines } = base;
    expectSameResult(noLines);
    for (const file of [null, 'x', [], 5, Object.create(null)]) expectSameResult(file);
  });

  it('gives what the scenario schema gives for random valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        expectSameResult(scenario);
      }),
      { numRuns: 100 },
    );
  });

  it.each(readdirSync(new URL('../../examples/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name))('gives what the scenario schema gives for the example %s', (name) => {
    let text: string;
    try {
      text = readFileSync(new URL(`../../examples/${name}/scenario.json`, import.meta.url), 'utf8');
    } catch {
      return;
    }
    expectSameResult(JSON.parse(text));
  });
});
