// An example of a partner-split test in your own project, using the library's testing entry.
// Copy it beside your code: it needs `shared-services-model`, `fast-check` and a test runner (vitest here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, evaluate, parseScenario } from 'shared-services-model';
import { checkApportionment, checkEvaluationInvariants } from 'shared-services-model/testing';
import { amountArbitrary, scenarioArbitrary, weightsArbitrary } from 'shared-services-model/testing/arbitraries';

/** Our own rule, the thing under test: a shared post is split by each council's population, to the penny. */
function splitByPopulation(cost: string, populations: Record<string, string>): Record<string, string> {
  const shares = apportion(cost, populations);
  return Object.fromEntries(Object.entries(shares).map(([id, d]) => [id, d.toFixed(2)]));
}

describe('our split of the shared Director post', () => {
  it('is what we agreed for this year (figures from the agreement)', () => {
    // £123,456.78 split by populations of 226,000 and 295,000: in pennies 12,345,678 × 226/521 =
    // 5,355,322 remainder 466/521, and × 295/521 = 6,990,355 remainder 55/521; the odd penny goes to
    // the larger remainder, Tameside's.
    expect(splitByPopulation('123456.78', { tameside: '226000', stockport: '295000' })).toEqual({ tameside: '53553.23', stockport: '69903.55' });
  });

  it('always adds up, stays within a penny of the exact share and gives nothing to a zero population', () => {
    fc.assert(
      fc.property(amountArbitrary({ quantum: '0.01', min: '0', max: '1000000' }), weightsArbitrary(4), (cost, weights) => {
        const populations = Object.fromEntries(weights.map((w, i) => [`council${i}`, w]));
        const split = splitByPopulation(cost, populations);
        expect(checkApportionment(cost, weights, Object.values(split))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('any scenario our tool writes', () => {
  it('evaluates with every total adding up', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (file) => {
        expect(checkEvaluationInvariants(evaluate(parseScenario(file)))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
