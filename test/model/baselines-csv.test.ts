import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorCode, evaluate, evaluationToJSON, parseBaselinesCsv, parseScenario, type ServicesInput } from '../../src/index.js';
import { writeBaselinesCsv } from './_baselines-writer.js';

const example = (name: string): string => readFileSync(new URL(`../../examples/tri-borough-2011/${name}`, import.meta.url), 'utf8');
const triBorough = JSON.parse(example('scenario.json')) as { services: ServicesInput };

describe('parseBaselinesCsv: round trips', () => {
  it('reads the tri-borough services back from CSV, and the scenario evaluates exactly as before', () => {
    const csv = writeBaselinesCsv(triBorough.services);
    const services = parseBaselinesCsv(csv);
    expect(services).toEqual(triBorough.services);
    const original = evaluationToJSON(evaluate(parseScenario(triBorough)));
    const fromCsv = evaluationToJSON(evaluate(parseScenario({ ...triBorough, services })));
    expect(JSON.stringify(fromCsv)).toBe(JSON.stringify(original));
  });

  it('the example baselines.csv holds exactly the scenario’s services', () => {
    expect(parseBaselinesCsv(example('baselines.csv'))).toEqual(triBorough.services);
  });

  it('random services survive CSV: names with commas, quotes and line breaks; amounts as decimal text', () => {
    const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/).filter((s) => !['constructor', 'prototype', 'combined'].includes(s));
    const name = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', '£', 'é', '&'), minLength: 1, maxLength: 12 });
    const amount = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 })).map(([neg, n, scale]) => {
      const digits = n.toString().padStart(scale + 1, '0');
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return neg ? `-${text}` : text;
    });
    const partners = fc.uniqueArray(id, { minLength: 1, maxLength: 4 });
    const position = (withRule: boolean) =>
      fc.oneof(
        partners.chain((ps) => fc.tuple(...ps.map(() => amount)).map((as) => Object.fromEntries(ps.map((p, i) => [p, as[i]!])))),
        fc.record({ combined: amount }),
        ...(withRule ? [fc.record({ combined: amount, attribution: fc.oneof(fc.constant({ rule: 'equal' as const }), id.map((metric) => ({ rule: 'metric' as const, metric }))) })] : []),
      );
    const budget = (budgetId: string) =>
      fc.record(
        {
          id: fc.constant(budgetId),
          name,
          measure: fc.constantFrom('money' as const, 'fte' as const, 'headcount' as const),
          basis: fc.constantFrom('staffing' as const, 'gross' as const, 'net' as const, 'other' as const),
          controllable: fc.boolean(),
          fund: name,
          starting: position(false),
          closing: position(true),
        },
        { requiredKeys: ['id', 'name', 'starting'] },
      );
    const services = fc
      .uniqueArray(fc.tuple(id, fc.uniqueArray(id, { minLength: 0, maxLength: 3 })), { minLength: 1, maxLength: 4, selector: ([s]) => s })
      .filter((ss) => new Set(ss.flatMap(([, bs]) => bs)).size === ss.flatMap(([, bs]) => bs).length)
      .chain((ss) => fc.tuple(...ss.map(([s, bs]) => fc.record({ id: fc.constant(s), name, budgets: fc.tuple(...bs.map(budget)) }))));
    fc.assert(
      fc.property(services, (generated) => {
        expect(parseBaselinesCsv(writeBaselinesCsv(generated))).toEqual(generated);
      }),
    );
  });

  it('accepts a BOM, LF line breaks, columns in any order and case, and skips empty rows', () => {
    const csv = '\uFEFFAmount,Partner,POSITION,budget,Service\n\n1.5,hf,starting,b,s\n,,,,\n2,combined,closing,b,s\n';
    expect(parseBaselinesCsv(csv)).toEqual([{ id: 's', name: 's', budgets: [{ id: 'b', name: 'b', starting: { hf: '1.5' }, closing: { combined: '2' } }] }]);
  });

  it('keeps amounts as the exact text given', () => {
    const csv = 'service,budget,position,partner,amount\ns,b,starting,hf,0.10\ns,b,starting,cow,1.2e3\n';
    expect(parseBaselinesCsv(csv)[0]!.budgets![0]!.starting).toEqual({ hf: '0.10', cow: '1.2e3' });
  });

  it('throws E_CSV', () => {
    expect(() => parseBaselinesCsv('')).toThrow(expect.objectContaining({ code: ErrorCode.CSV, name: 'InputError' }));
  });
});
