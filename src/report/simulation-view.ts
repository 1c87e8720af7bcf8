import type { Scenario } from '../model/index.js';
import type { Simulation, SimulatedOutcome, SimulationStatistics } from '../analysis/index.js';
import type { Report } from './report.js';
import type { MeasureCell, MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable, share, totalRow } from './_measures.js';
import { caveatNotes } from './_caveats.js';
import { appraisalConventionNotes } from './_views-appraisal.js';
import { jointPrecision, negativesOf, partnerNames } from './_report-parts.js';
import { shortLabelNotes } from './_short-labels.js';

const NEVER = 'not within the period';

/** One row per partner, then the partnership as the Total row. */
function outcomeRows(sim: Simulation, names: ReadonlyMap<string, string>, values: (o: SimulatedOutcome) => MeasureCell[]) {
  return [...sim.partners.map((p) => dataRow(p.partner, names.get(p.partner) ?? p.partner, values(p))), totalRow(values(sim.total))];
}

/** P10, P50, P90 and the mean of one amount, per partner and in total. */
function statisticsTable(sim: Simulation, names: ReadonlyMap<string, string>, title: string, pick: (o: SimulatedOutcome) => SimulationStatistics): MeasureTable {
  const columns = [column('p10', 'P10', 'money'), column('p50', 'P50', 'money'), column('p90', 'P90', 'money'), column('mean', 'Mean', 'money')];
  return measureTable(title, 'Partner', columns, outcomeRows(sim, names, (o) => [pick(o).p10, pick(o).p50, pick(o).p90, pick(o).mean]));
}

/** The payback year's percentiles, and the shares of runs that never pay back, end worse off, or have a negative NPV. */
function riskTable(sim: Simulation, names: ReadonlyMap<string, string>): MeasureTable {
  return measureTable(
    'Payback and the chance of being worse off',
    'Partner',
    [
      column('paybackP10', 'Payback P10', 'text'),
      column('paybackP50', 'Payback P50', 'text'),
      column('paybackP90', 'Payback P90', 'text'),
      column('meanYears', 'Mean years to pay back', 'number'),
      share(column('neverShare', 'Never pays back (share of runs)', 'number')),
      share(column('probabilityWorseOff', 'Worse off (share of runs)', 'number')),
      share(column('probabilityNegativeNpv', 'Negative NPV (share of runs)', 'number')),
    ],
    outcomeRows(sim, names, (o) => [o.payback.p10 ?? NEVER, o.payback.p50 ?? NEVER, o.payback.p90 ?? NEVER, o.payback.meanYears, o.payback.neverShare, o.probabilityWorseOff, o.probabilityNegativeNpv]),
  );
}

/** The inputs drawn and their distributions, and the correlations between them. */
function inputsTable(sim: Simulation): MeasureTable {
  const text = (d: Readonly<Record<string, string>>): string => {
    const { type, ...rest } = d;
    const params = Object.entries(rest).map(([k, v]) => `${k} ${v}`).join(', ');
    return params === '' ? (type ?? '') : `${type ?? ''}: ${params}`;
  };
  const rows = sim.inputs.map((i) => dataRow(i.name, i.label, [i.name, text(i.distribution)]));
  return measureTable('Inputs drawn', 'Input', [column('name', 'Name', 'text'), column('distribution', 'Distribution', 'text')], rows);
}

/** The stated correlations between inputs. */
function correlationsTable(sim: Simulation): MeasureTable {
  const rows = sim.correlations.map((c) => dataRow(c.between.join(' ~ '), `${c.between[0]} and ${c.between[1]}`, [c.coefficient]));
  return measureTable('Correlations', 'Inputs', [column('coefficient', 'Coefficient', 'text')], rows);
}

/**
 * A Monte Carlo simulation as a report: P10, P50, P90 and the mean of NPV and of net benefit over the
 * period, per partner and in total; the payback year's percentiles and the probabilities of never paying
 * back, of ending worse off and of a negative NPV; the inputs drawn. The runs, the seed, the conventions
 * and the caveats are notes. The same simulation always gives the same report, to the byte.
 *
 * @param scenario - the scenario simulated (for partner names, the unit and the precision)
 * @param simulation - from {@link simulate} or {@link simulateParallel}
 * @returns the report (view `simulation`), for {@link render}
 *
 * @example
 * ```ts
 * const report = buildSimulationView(scenario, simulate(scenario, { runs: 10000, seed: 2011 }));
 * report.tables[0].title;
 * //=> 'NPV over 10000 runs'
 * ```
 */
export function buildSimulationView(scenario: Scenario, simulation: Simulation): Report {
  const names = partnerNames(scenario);
  const c = simulation.conventions;
  const notes = [
    ...caveatNotes(simulation.caveats),
    `${simulation.runs} runs with the seed ${simulation.seed}: the same seed gives the same figures.`,
    `Inputs: ${c.inputs}.`,
    `Step: ${c.step}.`,
    `Random numbers: ${c.randomNumbers}.`,
    `Correlation: ${c.correlation}.`,
    `Costs: ${c.costs}.`,
    `Percentiles: ${c.percentiles}.`,
    `Rounding: ${c.rounding}.`,
    `Payback: ${c.payback}.`,
    `Probabilities: ${c.probabilities}.`,
    ...appraisalConventionNotes(c.appraisal),
  ];
  const tables = [
    statisticsTable(simulation, names, `NPV over ${simulation.runs} runs`, (o) => o.npv),
    statisticsTable(simulation, names, `Net benefit over the period, over ${simulation.runs} runs`, (o) => o.netBenefit),
    riskTable(simulation, names),
    inputsTable(simulation),
    ...(simulation.correlations.length === 0 ? [] : [correlationsTable(simulation)]),
  ];
  const labels = shortLabelNotes(scenario.partners, tables);
  const withLabels = [...notes.slice(0, simulation.caveats.length), ...labels, ...notes.slice(simulation.caveats.length)];
  return { title: `${scenario.title}: simulation`, view: 'simulation', unit: scenario.settings.unit, precision: jointPrecision([scenario]), ...negativesOf(scenario), tables, notes: withLabels, caveats: [...simulation.caveats] };
}
