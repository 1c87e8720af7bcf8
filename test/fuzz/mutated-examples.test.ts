/**
 * A bounded fuzz test of the command line: every example, mutated at random (values replaced by
 * random or hostile ones, keys deleted, items repeated or swapped, the text cut or a key doubled), are
 * validated and, when valid, reported in a random view and format. Every input gives a result (exit 0)
 * or every problem (exit 2): never exit 1, never an exception, never a hang (the test's timeout), and a
 * scenario that validates is always reported, so `validate` and `report` agree.
 *
 * The seed is printed; rerun a failure with FUZZ_SEED=<seed> (FC_SEED also sets it, as in CI).
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { VIEW_NAMES } from '../../src/report/index.js';

const examples = readdirSync(new URL('../../examples/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      return [readFileSync(new URL(`../../examples/${d.name}/scenario.json`, import.meta.url), 'utf8')];
    } catch {
      return [];
    }
  });

const seed = Number(process.env.FUZZ_SEED ?? process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const CHARTED = ['partners', 'tiers', 'costs', 'years', 'appraisal'];
const FORMATS = ['md', 'csv', 'json', 'html', 'xlsx', 'svg'];

/** Values a hostile file might hold where any value is expected. */
const HOSTILE: readonly unknown[] = [
  1e39, -1, 0, 0.1, 9007199254740993, '1e-38', '1e39', '-0', '', ' 1', '1,000', 'NaN', 'Infinity', `0.${'0'.repeat(300)}1`,
  'x'.repeat(6000), 'a\uFFFEb', 'a\u0000b', '\uD800', '=cmd|\' /C calc\'!A0', '@SUM(1)', '+1+1', '\t=1', '<script>alert(1)</script>',
  '__proto__', 'constructor', 'prototype', 'unit', 'tier', 'rule', 'combined', 'total', '0000/01', '9999/00', '2011/12',
  true, false, null, [], {}, [[[[[[[[]]]]]]]], { rule: 'blend', parts: [] }, { combined: '1' },
];

type Json = unknown;
type Mutation = { at: number; kind: 'random' | 'hostile' | 'delete' | 'repeat' | 'swap' | 'text' | 'amount'; value: Json; pick: number; other: number };

/** Text that must pass through every report untouched in meaning: formulas, markup, far-off characters. */
const HOSTILE_TEXT: readonly string[] = ['=cmd|\' /C calc\'!A0', '@SUM(1)', '+1+1', '-1+1', '\t=1', '<script>alert(1)</script>', '"quoted", and, commas', 'line\nbreak', '_x0041_', '🏛 Council', ']]>', '&amp;', 'x'.repeat(4999)];
/** Amounts at the edges of the format's range. */
const EDGE_AMOUNTS: readonly string[] = ['999999999999999.99', '-999999999999999.99', '0', '-0', '0.000000000001', '1e14', '0.01', '-0.01'];
const TEXT_KEYS = new Set(['name', 'label', 'title', 'note', 'description', 'source', 'basis', 'fund']);

/** Every place in a JSON tree that holds a value: its container and key. */
function places(root: Json): { holder: Record<string, Json> | Json[]; key: string | number }[] {
  const out: { holder: Record<string, Json> | Json[]; key: string | number }[] = [];
  const walk = (v: Json): void => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push({ holder: v, key: i }), walk(x)));
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) (out.push({ holder: v as Record<string, Json>, key: k }), walk((v as Record<string, Json>)[k]));
  };
  walk(root);
  return out;
}

function mutate(text: string, mutations: readonly Mutation[], textual: { cut: number; at: number; doubleKey: boolean }): string {
  const root = JSON.parse(text) as Json;
  for (const m of mutations) {
    const all = places(root);
    if (all.length === 0) break;
    const { holder, key } = all[m.at % all.length]!;
    const h = holder as Record<string | number, Json>;
    switch (m.kind) {
      case 'random':
        h[key] = m.value;
        break;
      case 'hostile':
        h[key] = structuredClone(HOSTILE[m.pick % HOSTILE.length]);
        break;
      case 'text': {
        // Only where the format takes free text, so the file mostly stays valid and reaches the reports.
        const texts = all.filter((p) => typeof p.key === 'string' && TEXT_KEYS.has(p.key));
        const t = texts[m.at % Math.max(texts.length, 1)];
        if (t !== undefined) (t.holder as Record<string, Json>)[t.key] = HOSTILE_TEXT[m.pick % HOSTILE_TEXT.length]!;
        break;
      }
      case 'amount': {
        const amounts = all.filter((p) => typeof (p.holder as Record<string | number, Json>)[p.key] === 'string' && /^-?\d+(\.\d+)?$/.test((p.holder as Record<string | number, string>)[p.key]!));
        const a = amounts[m.at % Math.max(amounts.length, 1)];
        if (a !== undefined) (a.holder as Record<string | number, Json>)[a.key] = EDGE_AMOUNTS[m.pick % EDGE_AMOUNTS.length]!;
        break;
      }
      case 'delete':
        if (Array.isArray(holder)) holder.splice(key as number, 1);
        else delete h[key];
        break;
      case 'repeat':
        if (Array.isArray(holder)) holder.push(structuredClone(holder[key as number]));
        else h[key] = structuredClone(all[m.other % all.length]!.holder);
        break;
      case 'swap': {
        const other = all[m.other % all.length]!;
        const o = other.holder as Record<string | number, Json>;
        [h[key], o[other.key]] = [o[other.key], h[key]];
        break;
      }
    }
  }
  let out: string;
  try {
    out = JSON.stringify(root, null, 2);
  } catch {
    return text; // a swap made the tree contain itself: no file could hold it
  }
  if (textual.doubleKey) out = out.replace(/\n(\s+)("[^"]+": [^\n{[]+),?\n/, (line, indent: string, pair: string) => `\n${indent}${pair},\n${indent}${pair},\n`);
  if (textual.cut > 0) {
    const at = textual.at % (out.length + 1);
    out = out.slice(0, at) + out.slice(at + textual.cut);
  }
  return out;
}

function memory(text: string): CliIO & { err: string } {
  const io = {
    err: '',
    stdout: () => undefined,
    stderr: (t: string) => void (io.err += t),
    readFile: async () => text,
    writeFile: async () => undefined,
  };
  return io;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('random', 'hostile', 'delete', 'repeat', 'swap', 'text', 'text', 'text', 'amount', 'amount'),
  value: fc.jsonValue({ maxDepth: 3 }),
  pick: fc.nat(),
  other: fc.nat(),
});

describe(`mutated examples (seed ${seed}, ${RUNS} runs)`, () => {
  it('give a result or exit 2, and a scenario that validates always reports', async () => {
    console.log(`fuzz seed ${seed}: rerun with FUZZ_SEED=${seed}`);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: examples.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.record({ cut: fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 4 })), at: fc.nat(), doubleKey: fc.boolean() }),
        fc.constantFrom(...VIEW_NAMES),
        fc.constantFrom(...FORMATS),
        async (example, mutations, textual, view, format) => {
          const text = mutate(examples[example]!, mutations, textual);
          const checked = memory(text);
          const code = await runCli(['validate', 's.json'], checked);
          expect([0, 2], checked.err).toContain(code);
          if (code !== 0) {
            expect(checked.err).not.toMatch(/\n\s+at .*:\d+:\d+/); // no stack trace
            return;
          }
          valid++;
          const shown = format === 'svg' && !CHARTED.includes(view) ? 'md' : format;
          const reported = memory(text);
          const args = ['report', 's.json', '--view', view, '--format', shown, ...(shown === 'xlsx' ? ['--out', 'r.xlsx'] : [])];
          expect(await runCli(args, reported), `${args.join(' ')}: ${reported.err}`).toBe(0);
        },
      ),
      { seed, numRuns: RUNS },
    );
    // Most mutations break the file; some must leave it valid, or the report half tests nothing.
    console.log(`${valid} of ${RUNS} mutated files were valid and reported`);
    expect(valid).toBeGreaterThan(0);
  }, 300_000);
});
