import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import type { TableModel } from '../../engine/index.js';
import type { ChartOptions, VegaLiteSpec } from './chart-options.js';
import { CHART_CONFIG, COLOURS, NARROW_LABEL_CHARS, VEGA_LITE_SCHEMA, axisFormat, axisTitle, narrowLines, plotNumber, plotText, wrappedLabelExpr } from './_plot.js';
import type { Decimal } from '../../money/index.js';

/**
 * The Vega-Lite spec of a stacked (horizontal) bar chart of each partner's savings by confidence tier, from a table of
 * tiers by partner (the `tiers` view's table, or the `partners` view's "All tiers"). It maps the table's
 * cells to marks and computes nothing: each bar's height is a cell the view computed exactly.
 *
 * @param table - a money table with tiers as rows and partners as columns
 * @param options - unit, title, size, and whether to draw narrow (for a phone)
 * @returns the spec, a plain JSON-serialisable object
 * @throws {@link index!InputError | InputError} (`E_OPTION`) for a table that is not money by tier and partner
 *
 * @example
 * ```ts
 * const spec = savingsByPartnerAndTier(buildView(evaluation, 'tiers').tables[0], { unit: '£m' });
 * spec.mark;
 * //=> { type: 'bar', ... }
 * ```
 */
export function savingsByPartnerAndTier(table: TableModel, options: ChartOptions = {}): VegaLiteSpec {
  if (table.rowDimension !== 'tier' || table.columnDimension !== 'partner' || table.measure !== 'money') {
    const found = `${table.measure} by ${table.rowDimension} and ${table.columnDimension}`;
    throw new InputError(makeIssue(ErrorCode.OPTION, ['table'], 'a money table with tiers as rows and partners as columns', found));
  }
  const unit = options.unit ?? '£';
  const label = (pounds: Decimal): string => plotText(pounds, unit, options.decimals);
  const values = table.rows.flatMap((row, tierOrder) =>
    table.columns.flatMap((column, partnerOrder) => {
      const value = row.values[partnerOrder];
      if (value === null || value === undefined) return [];
      return [{ partner: column.label, partnerOrder, tier: row.label, tierOrder, amount: plotNumber(value, unit), label: label(value) }];
    }),
  );
  const tiers = table.rows.map((r) => r.label);
  const narrow = options.narrow === true;
  const title = options.title ?? 'Savings by partner and confidence tier';
  // Narrow: a long partner name over several lines, so that the bars keep their room.
  const wrapped = narrow ? wrappedLabelExpr(table.columns.map((c) => c.label), NARROW_LABEL_CHARS) : undefined;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Savings by partner, stacked by confidence tier (${unit}).`,
    title: narrow ? narrowLines([title]) : title,
    width: options.width ?? (narrow ? 180 : 400),
    height: options.height ?? { step: 40 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      // Partners down the side, so that a borough's full name fits. Ordered by the partner's position, a
      // field of the data: a sort given as the list of names compiles to one nested test per partner,
      // which overflows Vega's expression parser at around a thousand partners.
      y: { field: 'partner', type: 'nominal', title: null, sort: { field: 'partnerOrder', op: 'min' }, axis: { labelLimit: 0, ...(wrapped === undefined ? {} : { labelExpr: wrapped }) } },
      x: { field: 'amount', type: 'quantitative', stack: 'zero', title: axisTitle(unit), axis: { format: axisFormat(unit) } },
      color: {
        field: 'tier',
        type: 'nominal',
        title: 'Tier',
        sort: tiers,
        scale: { domain: tiers, range: COLOURS.tiers.slice(0, Math.max(1, tiers.length)) },
        ...(narrow ? { legend: { columns: 2 } } : {}),
      },
      order: { field: 'tierOrder', type: 'quantitative' },
      tooltip: [
        { field: 'partner', title: 'Partner' },
        { field: 'tier', title: 'Tier' },
        { field: 'label', title: 'Savings' },
      ],
      description: { field: 'label' },
    },
    config: CHART_CONFIG,
  };
}
