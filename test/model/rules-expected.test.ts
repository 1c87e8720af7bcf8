import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { safeParseScenario } from '../../src/model/index.js';
import { ATTRIBUTION_RULES } from '../../src/schema/index.js';

const scenario = (): { lines: { attribution?: unknown }[] } => JSON.parse(readFileSync(new URL('../e2e/fixtures/two-councils.json', import.meta.url), 'utf8'));

describe('the rules a scenario may state, one list', () => {
  it('names every rule, fte-removed included', () => {
    expect(ATTRIBUTION_RULES).toEqual(['equal', 'metric', 'actual', 'shares', 'fte-removed', 'blend']);
  });

  it('an attribution without a rule is told every rule', () => {
    const s = scenario();
    s.lines[0]!.attribution = { metric: 'population' };
    const r = safeParseScenario(s);
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages).toContain('lines[0].attribution.rule: expected an attribution rule: {"rule": "equal" | "metric" | "actual" | "shares" | "fte-removed" | "blend" | "schedule", …}, found nothing');
  });
});
