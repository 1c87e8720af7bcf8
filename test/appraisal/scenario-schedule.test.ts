/**
 * A discount schedule stated in the scenario, or on the command line, is the one the appraisal, the
 * sensitivity analysis and the simulation all use; a stated schedule that does not start at year 0 or
 * whose years do not rise is refused at its path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { appraise, evaluate, parseScenario, safeParseScenario, sensitivity, simulate } from '../../src/index.js';

const text = readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8');
const file = JSON.parse(text) as Record<string, unknown> & { appraisal?: Record<string, unknown> };
const withSchedule = (schedule: unknown, rate?: string) => ({ ...file, appraisal: { ...file.appraisal, discountSchedule: schedule, ...(rate === undefined ? {} : { discountRate: rate }) } });

describe('a schedule stated in the scenario', () => {
  it('"reduced" gives the reduced schedule, as a bare rate of 0.015 does', () => {
    const stated = appraise(evaluate(parseScenario(withSchedule('reduced'))), { years: 40 });
    const byRate = appraise(evaluate(parseScenario(file)), { years: 40, discountRate: '0.015' });
    expect(stated.conventions.discountSchedule.kind).toBe('reduced');
    expect(stated.total.npv.toString()).toBe(byRate.total.npv.toString());
  });

  it('stated steps are used year by year; "flat" uses the scenario rate', () => {
    const steps = appraise(evaluate(parseScenario(withSchedule([{ fromYear: 0, rate: '0.04' }, { fromYear: 2, rate: '0.02' }]))));
    // Year 2's factor is 1 / (1.04 × 1.02): the second step applies from year 2.
    expect(steps.total.years.map((y) => y.discountFactor.toDecimalPlaces(6).toString()).slice(0, 3)).toEqual(['1', '0.961538', '0.942685']);
    const flat = appraise(evaluate(parseScenario(withSchedule('flat', '0.035'))));
    expect(flat.conventions.discountSchedule).toEqual({ kind: 'flat', steps: [{ fromYear: 0, rate: '0.035' }] });
  });

  it('a call states its own: its schedule, else its rate, before the scenario’s', () => {
    const e = evaluate(parseScenario(withSchedule('reduced')));
    expect(appraise(e, { discountRate: '0.035' }).conventions.discountSchedule.kind).toBe('standard');
    expect(appraise(e, { discountSchedule: 'flat', discountRate: '0.05' }).conventions.discountSchedule.kind).toBe('flat');
  });

  it('sensitivity and simulation start from the same schedule as appraise', () => {
    const s = parseScenario(withSchedule('reduced'));
    const npv = appraise(evaluate(s)).total.npv.toString();
    expect(sensitivity(s, { inputs: [{ input: 'realisation.possible', low: '1', high: '1' }] }).base.npv.toString()).toBe(npv);
    const fixed = simulate(s, { runs: 3, seed: 1, distributions: {} });
    expect(fixed.total.npv.p50.toString()).toBe(npv);
  });

  it.each([
    [[{ fromYear: 1, rate: '0.03' }], 'appraisal.discountSchedule[0].fromYear'],
    [[{ fromYear: 0, rate: '0.03' }, { fromYear: 0, rate: '0.02' }], 'appraisal.discountSchedule[1].fromYear'],
    [[{ fromYear: 0, rate: '2' }], 'appraisal.discountSchedule[0].rate'],
    ['gentle', 'appraisal.discountSchedule'],
  ])('%j is refused at %s', (schedule, path) => {
    const r = safeParseScenario(withSchedule(schedule));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.message).join('\n')).toContain(`${path}: expected`);
  });
});

describe('--discount-schedule', () => {
  const run = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const io: CliIO = { stdout: (t) => void (out += String(t)), stderr: (t) => void (err += t), readFile: async () => text, writeFile: async () => undefined };
    return { code: await runCli(['report', 's.json', '--view', 'appraisal', '--format', 'json', ...args], io), out, err };
  };

  it.each([
    [['--discount-schedule', 'reduced'], 'Discount rate 0.015 real (HM Treasury Green Book reduced schedule'],
    [['--discount-schedule', '0:0.04, 10:0.03'], 'Discount rate 0.04 real (a schedule as stated: 4% for years 0–9 and 3% from year 10;'],
    [['--discount-schedule', 'flat', '--discount-rate', '0.05'], 'Discount rate 0.05 real (a flat 5% in every year'],
  ])('%j states the schedule it used', async (args, words) => {
    const r = await run(...args);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(words);
  });

  it.each([['gentle'], ['1:0.03'], ['0:0.03,0:0.02'], ['0:2']])('%s is refused with exit 2', async (value) => {
    const r = await run('--discount-schedule', value);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/discount-schedule/);
  });

  it('a rate that is not the schedule’s first is refused with exit 2, naming the option', async () => {
    const r = await run('--discount-schedule', 'reduced', '--discount-rate', '0.035');
    expect(r.code).toBe(2);
    expect(r.err).toContain('discountRate');
  });
});
