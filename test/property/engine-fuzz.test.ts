/**
 * Fuzzing the boundary: valid scenarios from the arbitrary, broken at random (keys deleted, values
 * replaced with random JSON, array items duplicated, strings changed, numbers made huge, negative or
 * fractional). Whatever the input, safeParseScenario either succeeds, and then evaluate must not throw,
 * or returns a ScenarioError listing issues; nothing else is ever thrown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, isScenarioError, safeParseScenario } from '../../src/index.js';
import { checkEvaluationInvariants } from '../../src/testing/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';

type Path = (string | number)[];

/** Every path in a JSON value, the root's children first. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...at, i]), paths(v, [...at, i], out)));
  else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      out.push([...at, k]);
      paths((value as Record<string, unknown>)[k], [...at, k], out);
    }
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let at = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  return at;
}

const strangeStrings = ['', ' ', 'NaN', 'Infinity', '-Infinity', '12abc', '1e40', '1e-40', '1e41', '-0', '0x10', '1,000', '__proto__', 'constructor', 'prototype', '2017/19', '2017-18', 'combined', 'equal', 'x'.repeat(300)];
const strangeNumbers = [0, -0, -1, 0.5, 1e-7, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, NaN, Infinity, -Infinity, 61, 1.5];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'duplicate'; at: number }
  | { kind: 'string'; at: number; how: number; text: string }
  | { kind: 'number'; at: number; value: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...strangeStrings), fc.constantFrom(...strangeNumbers)) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('string' as const), at: fc.nat(), how: fc.nat({ max: 3 }), text: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...strangeStrings)) }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...strangeNumbers), fc.double()) }),
);

/** Applies a mutation to a deep copy; `at` picks a path (modulo how many there are). */
function mutate(file: unknown, m: Mutation): unknown {
  const root = structuredClone(file) as Record<string, unknown>;
  let all = paths(root);
  if (m.kind === 'duplicate') all = all.filter((p) => Array.isArray(parentOf(root, p)));
  if (m.kind === 'string') all = all.filter((p) => typeof parentOf(root, p)[p[p.length - 1]!] === 'string');
  if (m.kind === 'number') all = all.filter((p) => ['string', 'number'].includes(typeof parentOf(root, p)[p[p.length - 1]!]));
  if (all.length === 0) return root;
  const path = all[m.at % all.length]!;
  const parent = parentOf(root, path);
  const key = path[path.length - 1]!;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = m.value;
      break;
    case 'duplicate':
      (parent as unknown as unknown[]).splice(key as number, 0, structuredClone(parent[key]));
      break;
    case 'string': {
      const s = parent[key] as string;
      parent[key] = [s + m.text, m.text + s, m.text, s.slice(0, -1)][m.how];
      break;
    }
    case 'number':
      // Numbers stay numbers; decimal strings become numbers or their text.
      parent[key] = typeof parent[key] === 'string' && m.at % 2 === 0 ? String(m.value) : m.value;
      break;
  }
  return root;
}

const broken = fc.tuple(scenarioArbitrary({ maxLines: 5 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([file, ms]) => ms.reduce(mutate, file as unknown));

describe('fuzzing safeParseScenario and evaluate', () => {
  it('broken scenarios are refused with a ScenarioError or evaluated without throwing, never anything else', () => {
    let refused = 0;
    fc.assert(
      fc.property(broken, (input) => {
        const r = safeParseScenario(input);
        if (r.success) {
          const evaluation = evaluate(r.data);
          expect(checkEvaluationInvariants(evaluation)).toEqual([]);
          return;
        }
        refused++;
        expect(isScenarioError(r.error)).toBe(true);
        expect(r.error.issues.length).toBeGreaterThan(0);
        for (const issue of r.error.issues) {
          expect(typeof issue.code).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
    // The mutations must actually break most scenarios, or this test proves little.
    expect(refused).toBeGreaterThan(100);
  });

  it('broken JSON text is refused with a ScenarioError, never anything else', () => {
    const text = fc
      .tuple(scenarioArbitrary({ maxLines: 3, published: false }), fc.nat(), fc.nat({ max: 10 }), fc.string({ maxLength: 3 }))
      .map(([file, at, cut, insert]) => {
        const s = JSON.stringify(file, null, at % 2 === 0 ? 2 : 0);
        const i = at % s.length;
        return s.slice(0, i) + insert + s.slice(i + cut);
      });
    fc.assert(
      fc.property(text, (input) => {
        const r = safeParseScenario(input);
        if (r.success) evaluate(r.data);
        else expect(isScenarioError(r.error)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
