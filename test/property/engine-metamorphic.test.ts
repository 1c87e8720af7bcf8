/**
 * Metamorphic properties: changes to a scenario that must not change its results, or must change them
 * only in a known way. Renaming partners changes only labels; reordering lines changes only the order of
 * cells; adding a zero-amount line changes no total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationToJSON, parseScenario, pivot, type Evaluation, type ScenarioInput, type TableModel } from '../../src/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';
import { renameInJSON, renamePartners } from './_engine-helpers.js';

const RUNS = 200;

/** A bijection of the scenario's partner ids: a permutation of them, or fresh ids. */
function renaming(file: ScenarioInput): fc.Arbitrary<Map<string, string>> {
  const ids = file.partners.map((p) => p.id);
  const fresh = fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/).filter((s) => !['combined', 'prototype', 'constructor'].includes(s)), {
      minLength: ids.length,
      maxLength: ids.length,
    })
    .map((names) => new Map(ids.map((id, i) => [id, names[i]!])));
  const permuted = fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }).map((names) => new Map(ids.map((id, i) => [id, names[i]!])));
  return fc.oneof(fresh, permuted);
}

const withRenaming = scenarioArbitrary().chain((file) => renaming(file).map((map) => ({ file, map })));

/** Totals of a table keyed by row and by column, leaving out zero totals (rows or columns of only zeros). */
function totals(t: TableModel): Record<string, string> {
  const out: Record<string, string> = { grand: t.grandTotal.toFixed() };
  for (const r of t.rows) if (!r.total.isZero()) out[`row:${r.key}`] = r.total.toFixed();
  t.columns.forEach((c, j) => {
    if (!t.columnTotals[j]!.isZero()) out[`col:${c.key}`] = t.columnTotals[j]!.toFixed();
  });
  for (const r of t.rows) {
    r.values.forEach((v, j) => {
      if (v !== null && !v.isZero()) out[`cell:${r.key}:${t.columns[j]!.key}`] = v.toFixed();
    });
  }
  return out;
}

function pivots(e: Evaluation): Record<string, Record<string, string>> {
  return {
    partnerByTier: totals(pivot(e, { rows: 'partner', columns: 'tier' })),
    tierByPartner: totals(pivot(e, { rows: 'tier', columns: 'partner' })),
    fteByPartner: totals(pivot(e, { rows: 'partner', columns: 'year', measure: 'fte' })),
  };
}

describe('metamorphic properties of evaluate', () => {
  it('renaming partners (a bijection of ids applied everywhere in the file) changes only labels', () => {
    fc.assert(
      fc.property(withRenaming, ({ file, map }) => {
        const rename = (id: string): string => map.get(id) ?? id;
        const original = evaluationToJSON(evaluate(parseScenario(file)));
        const renamed = evaluationToJSON(evaluate(parseScenario(renamePartners(file, rename))));
        expect(renamed).toEqual(renameInJSON(original, rename));
      }),
      { numRuns: RUNS },
    );
  });

  it('reordering lines changes only the order of cells (the same cells as a set)', () => {
    const withOrder = scenarioArbitrary({ minLines: 2 }).chain((file) =>
      fc.shuffledSubarray(file.lines!, { minLength: file.lines!.length, maxLength: file.lines!.length }).map((lines) => ({ file, lines })),
    );
    fc.assert(
      fc.property(withOrder, ({ file, lines }) => {
        const a = evaluationToJSON(evaluate(parseScenario(file)));
        const b = evaluationToJSON(evaluate(parseScenario({ ...file, lines })));
        const cells = (xs: readonly unknown[]): string[] => xs.map((x) => JSON.stringify(x)).sort();
        expect(cells(b.lineCells)).toEqual(cells(a.lineCells));
        expect(b.positionCells).toEqual(a.positionCells);
        // And the order of cells follows the order of the lines.
        const order = (xs: readonly { line: string }[]): string[] => [...new Set(xs.map((c) => c.line))];
        expect(order(b.lineCells)).toEqual(lines.map((l) => l.id));
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a zero-amount line changes no total (pivots by partner and by tier)', () => {
    const zeroLine = fc.record({
      tier: fc.constantFrom('assured', 'projected', 'possible'),
      kind: fc.constantFrom('saving', 'income', 'cost'),
      attribution: fc.constantFrom({ rule: 'equal' as const }, undefined),
      phasing: fc.boolean(),
      fte: fc.boolean(),
    });
    fc.assert(
      fc.property(scenarioArbitrary(), zeroLine, (file, z) => {
        const line = {
          id: 'zero-line',
          name: 'Nothing',
          amount: '0',
          tier: z.tier,
          kind: z.kind,
          ...(z.attribution === undefined ? {} : { attribution: z.attribution }),
          ...(z.phasing ? { phasing: [{ year: file.settings.firstYear, share: '1' }] } : {}),
          ...(z.fte ? { fte: { amount: '0' } } : {}),
        };
        const before = pivots(evaluate(parseScenario(file)));
        const after = pivots(evaluate(parseScenario({ ...file, lines: [...(file.lines ?? []), line] })));
        expect(after).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
