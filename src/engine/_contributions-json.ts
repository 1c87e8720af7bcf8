/** The plain-JSON form of an evaluation's contributions: dates as ISO dates, shares as exact fractions, money as strings. */
import { dateFromDay, financialYearLabel, startYearOf } from '../model/index.js';
import type { ExactSplit, PeriodSplit } from '../attribution/index.js';
import type { AgreementContributions, AgreementYear } from './types.js';
import { fractionOf, fractionText } from './_fractions.js';

type Json = Record<string, unknown>;

/** Each partner's share of a split as an exact fraction, by partner id; non-members left out. */
function sharesJSON(split: ExactSplit, ids: readonly string[], members?: readonly number[]): Record<string, string> {
  const keep = (j: number): boolean => (members === undefined ? split.weights[j]! !== 0n : members.includes(j));
  return Object.fromEntries(ids.flatMap((id, j) => (keep(j) ? [[id, fractionText(fractionOf(split.weights[j]!, split.total))]] : [])));
}

function periodJSON(p: PeriodSplit, ids: readonly string[], firstYear: number): Json {
  return {
    from: dateFromDay(p.from),
    until: dateFromDay(p.until),
    days: p.days,
    step: p.step,
    members: p.members.map((j) => ids[j]!),
    drivers: p.drivers.map((d) => ({
      metric: d.metric,
      year: financialYearLabel(firstYear + d.year),
      values: Object.fromEntries(p.members.map((j) => [ids[j]!, d.values[j]?.toFixed() ?? null])),
    })),
    exact: sharesJSON(p.exact, ids, p.members),
    stated: sharesJSON(p.stated, ids, p.members),
    ...(p.prior === undefined ? {} : { prior: sharesJSON(p.prior, ids) }),
    ...(p.movement === undefined ? {} : { movement: fractionText(p.movement) }),
    ...(p.tolerance === undefined ? {} : { tolerance: p.tolerance.toFixed() }),
    decision: p.decision.decision,
    ...('reason' in p.decision ? { reason: p.decision.reason } : {}),
  };
}

function yearJSON(y: AgreementYear, ids: readonly string[], firstYear: number): Json {
  const c = y.cost;
  return {
    year: y.year,
    days: y.split.days,
    periods: y.split.periods.map((p) => periodJSON(p, ids, firstYear)),
    shares: sharesJSON(y.split.split, ids),
    cost: c === undefined ? null : { ...(c.gross === undefined ? {} : { gross: c.gross.toFixed(), income: (c.income ?? c.gross.minus(c.net)).toFixed() }), net: c.net.toFixed() },
    contributions: y.cells.map((cell) => ({
      partner: cell.partner,
      ...(cell.gross === undefined ? {} : { gross: cell.gross.toFixed(), income: cell.income!.toFixed() }),
      net: cell.net.toFixed(),
      ...(cell.standAlone === undefined ? {} : { standAlone: cell.standAlone.toFixed(), saving: cell.saving!.toFixed() }),
    })),
  };
}

/** The contributions of every agreement, in order. */
export function contributionsJSON(all: readonly AgreementContributions[], ids: readonly string[], firstYearLabel: string): Json[] {
  const firstYear = startYearOf(firstYearLabel);
  return all.map((a) => ({ agreement: a.agreement, years: a.years.map((y) => yearJSON(y, ids, firstYear)) }));
}
