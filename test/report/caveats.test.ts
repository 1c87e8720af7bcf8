import { describe, expect, it } from 'vitest';
import {
  VIEW_NAMES,
  buildComparisonView,
  buildSensitivityView,
  buildSimulationView,
  buildView,
  evaluate,
  parseScenario,
  renderCsv,
  renderJson,
  renderMarkdown,
  sensitivity,
  simulate,
  type Report,
} from '../../src/index.js';
import { analysisScenario } from './_analysis-scenario.js';
import { smallEvaluation } from './_scenarios.js';

const scenario = parseScenario(analysisScenario());
const e = evaluate(scenario);
const COST = 'Unquantified cost, not included: ICT integration';

/** A scenario whose funding is neither quantified nor confirmed, offsetting an unquantified cost. */
const unfunded = evaluate(
  parseScenario({
    ...analysisScenario(),
    funding: [{ id: 'maybe', name: 'Seed funding', unquantified: true, offsets: ['ict-integration'] }],
  }),
);

const reports: [string, Report][] = [
  ...VIEW_NAMES.map((v): [string, Report] => [v, buildView(e, v)]),
  ['compare', buildComparisonView(e, evaluate(parseScenario(analysisScenario())))],
  ['sensitivity', buildSensitivityView(scenario, sensitivity(scenario))],
  ['simulation', buildSimulationView(scenario, simulate(scenario, { runs: 50, seed: 1 }))],
];

describe('caveats: in every view and every format, never as zero', () => {
  it.each(reports)('%s carries the unquantified cost in its caveats and first among its notes', (_name, report) => {
    expect(report.caveats).toContain(COST);
    expect(report.notes[0]).toBe(`Caveat: ${report.caveats[0]}`);
  });

  it.each(reports)('%s: markdown lists it under the notes', (_name, report) => {
    expect(renderMarkdown(report)).toContain(`\n- Caveat: ${COST}\n`);
  });

  it.each(reports.filter(([, r]) => r.tidy !== true))('%s: CSV ends with a Caveats block', (_name, report) => {
    const csv = renderCsv(report);
    // After the tables, if any (a scenario without agreements has no contributions to show).
    expect(csv).toContain(`${report.tables.length === 0 ? '' : '\r\n\r\n'}Caveats\r\n"${COST}"\r\n`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('cells: CSV is the long table alone, for data tools; the unquantified cost is in no row (never as zero)', () => {
    const report = reports.find(([name]) => name === 'cells')![1];
    const csv = renderCsv(report);
    expect(csv).not.toContain('Caveats');
    expect(csv).not.toContain('ict-integration');
  });

  it.each(reports)('%s: JSON has a caveats array', (_name, report) => {
    const json = JSON.parse(renderJson(report));
    expect(json.caveats).toContain(COST);
    expect(json.notes).toContain(`Caveat: ${COST}`);
  });

  it('names unquantified and unconfirmed funding, and funding against an unquantified cost', () => {
    const { caveats } = buildView(unfunded, 'partners');
    expect(caveats).toEqual([
      COST,
      'Unquantified funding, not included: Seed funding',
      'Funding Seed funding offsets an unquantified cost (ICT integration): counted only against quantified costs',
    ]);
  });

  it('leaves the caveats empty, and adds no CSV block, when nothing is left out', () => {
    const report = buildView(smallEvaluation(), 'partners');
    expect(report.caveats).toEqual([]);
    expect(renderCsv(report)).not.toContain('Caveats');
    expect(JSON.parse(renderJson(report)).caveats).toEqual([]);
  });
});
