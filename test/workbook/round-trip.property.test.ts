/**
 * JSON → workbook → scenario input: the input read from the workbook is the scenario file as the schema
 * reads it (defaults written out), amounts the same decimals, and it normalises to the same scenario.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeParseScenario, scenarioSchema } from '../../src/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';
import { readScenarioWorkbook, scenarioWorkbook } from '../../src/workbook/index.js';
import { TEMPLATE } from '../../src/workbook/_template.js';

/** A value with every number written as text (the workbook reads an amount as the text the cell shows). */
function numbersAsText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(numbersAsText);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsText(v)]));
  return value;
}

async function roundTrip(input: unknown): Promise<void> {
  const bytes = await scenarioWorkbook(input as never);
  const read = await readScenarioWorkbook(bytes);
  expect(read.problems).toEqual([]);
  const file = scenarioSchema.parse(input);
  expect(numbersAsText(scenarioSchema.parse(read.input))).toEqual(numbersAsText(file));
  const [a, b] = [safeParseScenario(input), safeParseScenario(read.input)];
  expect(b.success).toBe(true);
  if (a.success && b.success) expect(b.data).toEqual(a.data);
}

describe('the input workbook round trip', () => {
  it('gives back the scenario file of any valid scenario', async () => {
    await fc.assert(fc.asyncProperty(scenarioArbitrary({ maxPartners: 4, maxLines: 4 }), roundTrip), { numRuns: 25 });
  }, 60_000);

  it('gives back the scenario file of any valid scenario with cost-sharing agreements', async () => {
    await fc.assert(fc.asyncProperty(scenarioArbitrary({ maxPartners: 4, maxLines: 3, agreements: true }), roundTrip), { numRuns: 15 });
  }, 60_000);

  // Found with seeds 1379003318 and -941827346: a partner's stand-alone costs by year with no year stated.
  it('keeps values by year with none stated', async () => {
    const agreement = TEMPLATE.agreements![0]!;
    await roundTrip({ ...TEMPLATE, agreements: [{ ...agreement, standAlone: { north: {}, south: { '2025/26': '35000' } } }] });
  });
});
