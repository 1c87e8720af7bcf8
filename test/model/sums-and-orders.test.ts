/**
 * Accepted once, refused now: a printed total among its own parts, a partner twice in a tie order.
 */
import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/index.js';

const base = {
  version: 1,
  title: 'Two councils',
  settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 1 },
  partners: [
    { id: 'north', name: 'North' },
    { id: 'south', name: 'South' },
  ],
  lines: [{ id: 'team', name: 'Team', amount: '100.00', attribution: { rule: 'equal' } }],
};
const figure = (id: string, sumOf?: string[]) => ({ id, label: id, of: { line: 'team' }, value: '100', precision: '1', ...(sumOf === undefined ? {} : { sumOf }) });
const messages = (input: unknown): string[] => {
  const r = safeParseScenario(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('printed totals', () => {
  it('a total summing itself is refused', () => {
    expect(messages({ ...base, published: [figure('t', ['t'])] })).toEqual(['published[0].sumOf: expected ids of other printed figures, none of which sums this one, found "t" → "t"']);
  });

  it('a cycle through other totals names every figure on it, by the shortest route', () => {
    const published = [figure('a', ['b']), figure('b', ['c', 'x']), figure('c', ['a']), figure('x'), figure('top', ['a'])];
    expect(messages({ ...base, published })).toEqual([
      'published[0].sumOf: expected ids of other printed figures, none of which sums this one, found "a" → "b" → "c" → "a"',
      'published[1].sumOf: expected ids of other printed figures, none of which sums this one, found "b" → "c" → "a" → "b"',
      'published[2].sumOf: expected ids of other printed figures, none of which sums this one, found "c" → "a" → "b" → "c"',
    ]);
  });

  it('totals of totals without a cycle are accepted', () => {
    const published = [figure('n'), figure('s'), figure('sub', ['n', 's']), figure('all', ['sub', 'n'])];
    expect(messages({ ...base, published })).toEqual([]);
  });
});

describe('tie orders', () => {
  it('a partner named twice is refused, naming where it first is', () => {
    expect(messages({ ...base, settings: { ...base.settings, tieOrder: ['south', 'north', 'south'] } })).toEqual([
      'settings.tieOrder[2]: expected each partner once ("south" is already at settings.tieOrder[0]), found "south"',
    ]);
    expect(messages({ ...base, lines: [{ ...base.lines[0], tieOrder: ['north', 'north'] }] })).toEqual([
      'lines[0].tieOrder[1]: expected each partner once ("north" is already at lines[0].tieOrder[0]), found "north"',
    ]);
  });
});
