import { Decimal } from '../../money/index.js';
import type { Evaluation } from '../../engine/index.js';

/**
 * One staffing effect with the number at risk worked out.
 *
 * @example
 * ```ts
 * const row: StaffingRow = staffing(evaluation).rows[0];
 * row.atRisk.toString();
 * //=> '66'
 * ```
 */
export interface StaffingRow {
  readonly index: number;
  readonly label: string;
  readonly fte: Decimal | null;
  readonly headcount: Decimal | null;
  /** Likely FTE reductions by year, in scenario year order. */
  readonly reductions: readonly { readonly year: string; readonly fte: Decimal }[];
  readonly totalReductions: Decimal;
  readonly vacancies: Decimal;
  readonly vrRequests: Decimal;
  /** Reductions not met by deleting vacancies or by voluntary redundancy: max(0, reductions − vacancies − VR). */
  readonly atRisk: Decimal;
}

/**
 * The staffing view: every staffing effect, with totals, and a check against exit-compensation heads.
 *
 * @example
 * ```ts
 * staffing(evaluation).totals.atRisk.toString();
 * ```
 */
export interface StaffingSummary {
  readonly rows: readonly StaffingRow[];
  readonly totals: Omit<StaffingRow, 'index' | 'label' | 'reductions'> & { readonly reductions: readonly { readonly year: string; readonly fte: Decimal }[] };
  /** Staff exiting with compensation, from the one-off costs (sum of heads), or null when none are stated. */
  readonly exitHeads: Decimal | null;
  /** Notes for the reader, e.g. where heads at risk and heads compensated differ. */
  readonly notes: readonly string[];
}

const ZERO = new Decimal(0);

/**
 * Staffing effects per line, service or partner: current FTE and headcount, likely reductions by year,
 * vacancies deleted, voluntary-redundancy requests, and so the number at risk (reductions not met by
 * vacancies or VR, never below zero). Where one-off costs state exit-compensation heads, the two are
 * compared and any difference noted.
 *
 * @param evaluation - from {@link evaluate}
 * @returns the rows, their totals and notes
 *
 * @example
 * ```ts
 * const s = staffing(evaluate(parseScenario(json)));
 * s.totals.vacancies.toString();
 * //=> '60'
 * ```
 */
export function staffing(evaluation: Evaluation): StaffingSummary {
  const s = evaluation.scenario;
  const names = new Map<string, string>([...s.lines.map((l) => [l.id, l.name] as const), ...s.services.map((x) => [x.id, x.name] as const), ...s.partners.map((p) => [p.id, p.name] as const)]);
  const rows = s.staffing.map((e): StaffingRow => {
    const reductions = s.settings.years.map((year) => ({ year, fte: e.reductions.filter((r) => r.year === year).reduce((a, r) => a.plus(r.fte), ZERO) })).filter((r) => e.reductions.some((x) => x.year === r.year));
    const totalReductions = reductions.reduce((a, r) => a.plus(r.fte), ZERO);
    const vacancies = e.vacancies ?? ZERO;
    const vrRequests = e.vrRequests ?? ZERO;
    const label = [e.line, e.service, e.partner].filter((x): x is string => x !== undefined).map((id) => names.get(id) ?? id).join(' / ') || `Staffing ${e.index + 1}`;
    return { index: e.index, label, fte: e.fte ?? null, headcount: e.headcount ?? null, reductions, totalReductions, vacancies, vrRequests, atRisk: Decimal.max(ZERO, totalReductions.minus(vacancies).minus(vrRequests)) };
  });
  const add = (pick: (r: StaffingRow) => Decimal | null): Decimal => rows.reduce((a, r) => a.plus(pick(r) ?? ZERO), ZERO);
  const years = s.settings.years.filter((y) => rows.some((r) => r.reductions.some((x) => x.year === y)));
  const totals = {
    fte: rows.some((r) => r.fte) ? add((r) => r.fte) : null,
    headcount: rows.some((r) => r.headcount) ? add((r) => r.headcount) : null,
    reductions: years.map((year) => ({ year, fte: rows.reduce((a, r) => a.plus(r.reductions.find((x) => x.year === year)?.fte ?? ZERO), ZERO) })),
    totalReductions: add((r) => r.totalReductions),
    vacancies: add((r) => r.vacancies),
    vrRequests: add((r) => r.vrRequests),
    atRisk: add((r) => r.atRisk),
  };
  const exit = s.costs.filter((k) => k.heads !== undefined);
  const exitHeads = exit.length === 0 ? null : exit.reduce((a, k) => a.plus(k.heads!), ZERO);
  const notes: string[] = [];
  if (exitHeads !== null && rows.length > 0 && !exitHeads.equals(totals.atRisk)) {
    notes.push(`Exit compensation is costed for ${exitHeads.toString()} staff; the staffing effects put ${totals.atRisk.toString()} at risk.`);
  }
  return { rows, totals, exitHeads, notes };
}
