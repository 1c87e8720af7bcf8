/**
 * Properties of whole scenarios: every arbitrary scenario parses, evaluates with every axis adding up,
 * evaluates deterministically to byte-identical JSON, round-trips through JSON, and is never mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationToJSON, parseScenario, safeParseScenario } from '../../src/index.js';
import { checkEvaluationInvariants } from '../../src/testing/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';
import { deepFreeze, evaluationText } from './_engine-helpers.js';

const RUNS = 200;

describe('arbitrary scenarios', () => {
  it('parse', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (file) => {
        const r = safeParseScenario(file);
        if (!r.success) throw new Error(r.error.message);
      }),
      { numRuns: RUNS },
    );
  });

  it('evaluate with every axis adding up (checkEvaluationInvariants finds nothing)', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (file) => {
        expect(checkEvaluationInvariants(evaluate(parseScenario(file)))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('evaluate deterministically: the same scenario gives byte-identical JSON, evaluated twice or parsed twice', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (file) => {
        const scenario = parseScenario(file);
        const once = JSON.stringify(evaluationToJSON(evaluate(scenario)));
        expect(JSON.stringify(evaluationToJSON(evaluate(scenario)))).toBe(once);
        expect(evaluationText(file)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trip: parse → JSON.stringify of the file → parse gives the same evaluation JSON', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (file) => {
        const scenario = parseScenario(file);
        const text = JSON.stringify(evaluationToJSON(evaluate(scenario)));
        // The file as parsed (defaults applied), and the file as written, both as JSON text.
        expect(evaluationText(JSON.stringify(scenario.file))).toBe(text);
        expect(evaluationText(JSON.stringify(file))).toBe(text);
        // Defaults written out are a fixed point.
        expect(JSON.stringify(parseScenario(JSON.stringify(scenario.file)).file)).toBe(JSON.stringify(scenario.file));
      }),
      { numRuns: RUNS },
    );
  });

  it('never mutate their input: a deep-frozen file parses and evaluates to the same result', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (file) => {
        const before = JSON.stringify(file);
        const expected = evaluationText(JSON.parse(before));
        const frozen = deepFreeze(file);
        expect(evaluationText(frozen)).toBe(expected);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});
