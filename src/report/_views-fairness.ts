import { assertNever } from '../errors/index.js';
import type { Evaluation } from '../engine/index.js';
import { partnerHeading } from '../model/index.js';
import type { Decimal } from '../money/index.js';
import { fairness, type CoreCheck, type Fairness, type FairnessOptions } from '../analysis/index.js';
import type { AppraiseOptions } from '../appraisal/index.js';
import type { MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable, share, totalRow } from './_measures.js';
import type { ViewParts } from './_views.js';

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** How the tables head each partner, by id. */
type Headings = ReadonlyMap<string, string>;

/** Each partner's shares of savings, one-off costs and baseline, its net benefit and NPV, and whether it is better off. */
function sharesTable(f: Fairness, names: Headings): MeasureTable {
  const t = f.totals;
  return measureTable(
    'Shares of savings, costs and baseline',
    'Partner',
    [
      column('savings', 'Annual savings', 'money'),
      share(column('savingsShare', 'Share of savings', 'number')),
      column('oneOffCosts', 'One-off costs', 'money'),
      share(column('costShare', 'Share of costs', 'number')),
      column('baseline', 'Baseline', 'money'),
      share(column('baselineShare', 'Share of baseline', 'number')),
      column('netBenefit', 'Net benefit over the period', 'money'),
      column('npv', 'NPV', 'money'),
      column('individuallyRational', 'No worse off', 'text'),
    ],
    [
      ...f.partners.map((p) =>
        dataRow(p.partner, names.get(p.partner) ?? p.name, [p.savings, p.savingsShare, p.oneOffCosts, p.costShare, p.baseline, p.baselineShare, p.netBenefit, p.npv, yesNo(p.individuallyRational)]),
      ),
      totalRow([t.savings, null, t.oneOffCosts, null, t.baseline, null, t.netBenefit, t.npv, null]),
    ],
  );
}

/** The Shapley value beside the agreed attribution, where the scenario states coalition values. */
function shapleyTable(f: Fairness, names: Headings): MeasureTable {
  const game = f.game!;
  return measureTable(
    `Shapley value (${game.method}) and the agreed attribution, a year`,
    'Partner',
    [
      column('agreed', 'Agreed attribution', 'money'),
      column('alone', 'Alone', 'money'),
      column('shapley', 'Shapley value', 'money'),
      column('standardError', 'Standard error', 'money'),
      column('difference', 'Agreed − Shapley', 'money'),
    ],
    [...f.partners.map((p) => dataRow(p.partner, names.get(p.partner) ?? p.name, [p.savings, p.alone, p.shapley, p.standardError, p.difference])), totalRow([game.agreedTotal, null, game.grandValue, null, null])],
  );
}

/** The core check of the agreed attribution and of the Shapley value: each group short of what it would save alone. */
function coreTable(f: Fairness, names: Headings): MeasureTable {
  const rows = (label: string, check: CoreCheck) => [
    dataRow(label, label, [yesNo(check.inCore), yesNo(check.efficient), check.violations.length === 0 ? 'none' : `${check.violations.length}`, null, null, null]),
    ...check.violations.map((v, i) => dataRow(`${label}.${i}`, `  ${v.partners.map((id) => names.get(id) ?? id).join(' + ')}${v.stated ? '' : ' (not stated: alone, 0)'}`, [null, null, null, v.value, v.allocated, v.shortfall])),
  ];
  return measureTable(
    'The core: no group better off alone',
    'Allocation and group',
    [
      column('inCore', 'In the core', 'text'),
      column('efficient', 'Efficient', 'text'),
      column('violations', 'Groups short', 'text'),
      column('value', 'Group value', 'money'),
      column('allocated', 'Allocated to the group', 'money'),
      column('shortfall', 'Shortfall', 'money'),
    ],
    [...rows('Agreed attribution', f.game!.core.agreed), ...rows('Shapley value', f.game!.core.shapley)],
  );
}

/** Whether any split at all is in the core: the least total the groups' claims need, against the whole partnership's value. */
function emptinessTable(f: Fairness, names: Headings): MeasureTable {
  const game = f.game!;
  const e = game.core.emptiness;
  const row = (verdict: string, least: Decimal | null, cost: Decimal | null, proof: string | null) => dataRow('core', 'Any split of the whole', [verdict, game.grandValue, least, cost, proof]);
  let only;
  switch (e.status) {
    case 'non-empty':
      only = row('no', e.leastTotal, null, null);
      break;
    case 'empty':
      only = row('yes', e.leastTotal, e.costOfStability, e.weights.map((w) => `${w.partners.map((id) => names.get(id) ?? id).join(' + ')}${w.partners.length === 1 ? ' alone' : ''} × ${w.weight}`).join('; '));
      break;
    case 'not-determined':
      only = row('not determined', null, null, null);
      break;
    default:
      return assertNever(e, 'core verdict');
  }
  return measureTable(
    'Is the core empty?',
    'Allocation',
    [
      column('empty', 'Core empty', 'text'),
      column('grandValue', 'Whole partnership’s value', 'money'),
      column('leastTotal', 'Least total the groups’ claims need', 'money'),
      column('costOfStability', 'Cost of stability', 'money'),
      column('weights', 'Proof: balanced weights', 'text'),
    ],
    [only],
  );
}

/** Fairness between partners: shares, individual rationality, and the Shapley value and core where stated. */
export function fairnessView(evaluation: Evaluation, appraisal: AppraiseOptions | undefined, options: Omit<FairnessOptions, 'appraisal'> = {}): ViewParts {
  const f = fairness(evaluation, { ...options, ...(appraisal === undefined ? {} : { appraisal }) });
  const c = f.conventions;
  const names: Headings = new Map(evaluation.scenario.partners.map((p) => [p.id, partnerHeading(p)]));
  const tables = [sharesTable(f, names), ...(f.game === null ? [] : [shapleyTable(f, names), coreTable(f, names), emptinessTable(f, names)])];
  return { tables, notes: [...f.notes, c.savings, c.shares, c.costs, c.baseline, c.rationality, c.coalitions, ...(f.game === null ? [] : [c.shapley, c.core])] };
}
