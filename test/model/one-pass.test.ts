/**
 * Validation in one pass: problems the schema finds in some items of the lists are reported together
 * with the problems the rest of the file has (references, years, sums), so a broken file is fixed in
 * one round; a reference to a refused item is that item's problem and is not reported again.
 */
import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/index.js';

const messages = (input: unknown): string[] => {
  const r = safeParseScenario(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

const base = {
  version: 1,
  title: 'One pass',
  settings: { firstYear: '2024/25', years: 2 },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  services: [],
};

describe('validation in one pass', () => {
  it('reports the schema’s problems and the rest of the file’s together, each at its path in the file', () => {
    const file = {
      ...base,
      lines: [
        { id: 'l1', name: 'L1', amount: '12abc' },
        { id: 'l2', name: 'L2', amount: '10', service: 'nowhere' },
        { id: 'l3', name: 'L3', amount: '10', phasing: [{ year: '2030/31', share: '1' }] },
      ],
      staffing: [
        { line: 'l1', fte: '3' },
        { line: 'l9', fte: '1' },
      ],
      published: [{ label: 'x', of: { line: 'l1' }, value: '1', precision: '1', colour: 'red' }],
    };
    expect(messages(file)).toEqual([
      'lines[0].amount: expected a decimal amount such as "1234.56" (a string, or a finite number), found "12abc"',
      'published[0]: expected only the keys the scenario format defines, found unknown key "colour"',
      'lines[1].service: expected a service id (none defined), found "nowhere"',
      'lines[2].phasing[0].year: expected a year from 2024/25 to 2025/26, found "2030/31"',
      'staffing[1].line: expected a line id, found "l9"',
    ]);
  });

  it('does not check the rest where the schema refuses something every part reads (the partners)', () => {
    const file = { ...base, partners: [{ id: 'a' }], lines: [{ id: 'l2', name: 'L2', amount: '10', service: 'nowhere' }] };
    expect(messages(file)).toEqual(['partners[0].name: expected a string (required), found nothing']);
  });
});

describe('validation in one pass: an item inside a refused item', () => {
  it('does not report references to a refused service’s budgets, which go with it', () => {
    const file = {
      ...base,
      services: [
        {
          id: 'csc',
          name: 'Children',
          budgets: [
            { id: 'csc-gross', name: 'Gross', basis: 'gross', starting: { a: '10', b: '10' } },
            { id: 'csc-net', name: 'Net', basis: 'net', starting: { a: '(5)', b: '5' } },
          ],
        },
      ],
      published: [{ label: 'Gross', of: { budget: 'csc-gross', position: 'starting' }, value: '20', precision: '1' }],
      lines: [{ id: 'l1', name: 'L1', amount: '10', service: 'elsewhere' }],
    };
    expect(messages(file)).toEqual([
      'services[0].budgets[1].starting: expected a starting position per partner, or {"combined": …}, found an object',
      'lines[0].service: expected a service id (none defined), found "elsewhere"',
    ]);
  });
});
