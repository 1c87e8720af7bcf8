import { describe, expect, it } from 'vitest';
import { applyVariant, evaluate, parseScenario, type Scenario } from '../../../src/index.js';
import { buildFile, documentedRemoval, type OtherIds } from './_file.js';

const ids: OtherIds = {
  lines: ['team', 'ict', 'estates', 'derived', 'traded'],
  costs: ['exit', 'ict-cost', 'legal', 'moves'],
  services: ['svc'],
  budgets: ['staff', 'posts', 'estate', 'other', 'combo'],
  metric: 'population2',
  funding: 'grant',
  indirect: 'sickness',
  context: ['ctx', 'ctx-leaving'],
  published: 'printed',
  variant: 'v',
  agreement: 'contact-centre',
  driver: 'calls',
};

/** The scenario with `leaving` as its second partner, and the one written without it. */
function withAndWithout(leaving: string, other: Partial<OtherIds> = {}): { before: Scenario; expected: Scenario } {
  const o = { partners: ['north', 'south'], ids: { ...ids, ...other } };
  return { before: parseScenario(buildFile({ ...o, leaving, at: 1 })), expected: parseScenario(documentedRemoval(buildFile(o))) };
}

const leave = (s: Scenario, id: string): Scenario => applyVariant(s, { name: 'leaves', removePartners: [id] });

describe('applyVariant removePartners: a partner whose id is also a word of the format or another id', () => {
  // Each of these once took something that was not a partner with it.
  it.each([
    ['unit', {}],
    ['tier', {}],
    ['rule', {}],
    ['amount', {}],
    ['year', {}],
    ['agreement', {}],
    ['membership', {}],
    ['standAlone', {}],
    ['share', {}],
    ['shares', {}],
    ['metric', {}],
    ['partners', {}],
    ['partner', {}],
    ['offsets', {}],
    ['id', {}],
    ['name', {}],
    ['projected', {}],
    ['equal', {}],
    ['attribution', {}],
    ['exit', {}],
    ['team', {}],
    ['staff', {}],
    ['svc', {}],
    ['population2', {}],
    ['grant', { funding: 'grant' }],
    ['v', {}],
  ] as const)('a partner called "%s" takes only itself', (leaving, other) => {
    const { before, expected } = withAndWithout(leaving, other);
    const after = leave(before, leaving);
    expect(after.file).toStrictEqual(expected.file);
    expect(after.partners.map((p) => p.id)).toEqual(['north', 'south']);
  });

  it('keeps the costs a funding offsets when a partner has a cost id', () => {
    const { before } = withAndWithout('exit');
    const after = leave(before, 'exit');
    expect(after.funding.map((f) => f.offsets)).toEqual([['exit', 'ict-cost']]);
  });

  it('keeps the unit, the tiers and the rules of the file', () => {
    for (const word of ['unit', 'tier', 'rule']) {
      const after = leave(withAndWithout(word).before, word);
      expect(after.settings.unit).toBe('£m');
      // The line that needs the leaving partner has lapsed; the one that needs the first stays.
      expect(after.lines.map((l) => l.tier)).toEqual(['projected', 'possible', 'projected', 'projected', 'projected', 'projected', 'assured']);
      expect((after.file as { lines: { attribution?: { rule: string } }[] }).lines.map((l) => l.attribution?.rule)).toEqual(['equal', 'metric', 'blend', undefined, 'schedule', 'actual', undefined]);
    }
  });
});

describe('applyVariant removePartners: what goes with the partner', () => {
  const { before } = withAndWithout('west');
  const after = leave(before, 'west');
  const file = after.file as Record<string, { [k: string]: unknown }[]>;

  it('drops every published figure, the staffing and context about the partner, and the groups it was in', () => {
    expect(before.published).toHaveLength(1);
    expect(after.published).toEqual([]);
    expect(file.staffing!.map((x) => x.partner ?? x.line)).toEqual(['north', 'team']);
    expect(file.context!.map((x) => x.id)).toEqual(['ctx']);
    expect(after.coalitions.map((g) => g.partners)).toEqual([['north']]);
  });

  it('drops a line that needs the partner (it lapses) with the staffing effect stated of it, and keeps a line that needs another', () => {
    const names = (lines: readonly { name: string }[]): string[] => lines.map((l) => l.name).filter((n) => n.startsWith('Needs'));
    expect(names(before.lines)).toEqual(['Needs the first', 'Needs the leaving partner']);
    expect(names(after.lines)).toEqual(['Needs the first']);
    expect(before.staffing.filter((x) => x.line !== undefined && x.line.endsWith('-needs'))).toHaveLength(1);
    expect(after.staffing.filter((x) => x.line !== undefined && x.line.endsWith('-needs'))).toEqual([]);
  });

  it('drops the stated total of a line split by actual amounts, which then adds up what is left', () => {
    const traded = file.lines!.find((l) => l.id === 'traded')!;
    expect(traded.amount).toBeUndefined();
    expect(Object.keys(traded.attribution as object)).toEqual(['rule', 'amounts']);
  });

  it('keeps the variants of the file as written, and leaves the original scenario as it was', () => {
    expect(file.variants).toEqual((before.file as Record<string, unknown>).variants);
    expect(before.partners.map((p) => p.id)).toEqual(['north', 'west', 'south']);
    expect(parseScenario(before.file).file).toStrictEqual(before.file);
  });
});

describe('applyVariant removePartners: the worked example of a line that needs the leaving partner', () => {
  // docs/concepts.md, Variants: a team saving of £200k split equally, a contract saving of £100k by
  // population 60,000 : 30,000 : 10,000 that needs C. Without C the contract lapses and the team
  // saving is re-split: A £100k, B £100k.
  const scenario = parseScenario({
    version: 1,
    title: 'Three partners',
    settings: { unit: '£000', quantum: '1', firstYear: '2024/25', years: 1 },
    partners: [
      { id: 'a', name: 'A', metrics: { population: '60000' } },
      { id: 'b', name: 'B', metrics: { population: '30000' } },
      { id: 'c', name: 'C', metrics: { population: '10000' } },
    ],
    services: [],
    lines: [
      { id: 'team', name: 'Team', amount: '200' },
      { id: 'contract', name: 'Contract', amount: '100', attribution: { rule: 'metric', metric: 'population' }, needs: ['c'] },
    ],
  });
  /** Each partner's total, in pounds. */
  const totals = (s: Scenario): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const c of evaluate(s).lineCells) out[c.partner] = (out[c.partner] === undefined ? c.value : c.value.plus(out[c.partner]!)).toString();
    return out;
  };

  it('gives A £127k, B £97k and C £76k with C, and A £100k, B £100k without', () => {
    expect(totals(scenario)).toEqual({ a: '127000', b: '97000', c: '76000' });
    const without = leave(scenario, 'c');
    expect(without.lines.map((l) => l.id)).toEqual(['team']);
    expect(totals(without)).toEqual({ a: '100000', b: '100000' });
  });
});
