/**
 * The Vega-Lite v5 spec of a tornado chart, as a plain object: one panel for total NPV and one for each
 * partner's net benefit; in each, a bar per input from the base outcome to the outcome with the input at
 * its low end and another to its high end, inputs in the order of the table (largest NPV swing first).
 * Amounts are shown in the scenario's unit; numbers here are for drawing only.
 */
import { fromPounds, type Decimal, type MoneyUnit } from '../../money/index.js';
import type { SensitivityRow } from './types.js';

interface _Panel {
  readonly measure: string;
  readonly base: Decimal;
  readonly at: (row: SensitivityRow) => { readonly low: Decimal; readonly high: Decimal };
}

/** The spec for the rows (already in order), the base outcomes and the partners' names. */
export function tornadoSpec(
  title: string,
  unit: MoneyUnit,
  rows: readonly SensitivityRow[],
  baseNpv: Decimal,
  partners: readonly { readonly id: string; readonly name: string; readonly base: Decimal }[],
): Record<string, unknown> {
  const show = (pounds: Decimal): number => Number(fromPounds(pounds, unit).toString());
  const panels: _Panel[] = [
    { measure: 'NPV (total)', base: baseNpv, at: (r) => r.npv },
    ...partners.map((p): _Panel => ({ measure: `Net benefit: ${p.name}`, base: p.base, at: (r) => r.netBenefit.find((x) => x.partner === p.id)! })),
  ];
  const values = panels.flatMap((panel) =>
    rows.flatMap((row, order) =>
      (['low', 'high'] as const).map((end) => ({
        measure: panel.measure,
        input: row.label,
        order,
        end,
        value: row[end].toString(),
        from: show(panel.base),
        to: show(panel.at(row)[end]),
      })),
    ),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'Tornado: total NPV and each partner’s net benefit as each input moves alone from the low to the high end of its range.',
    title: `Sensitivity: ${title}`,
    data: { values },
    facet: { row: { field: 'measure', type: 'nominal', title: null, sort: panels.map((p) => p.measure) } },
    spec: {
      width: 480,
      height: { step: 18 },
      layer: [
        {
          mark: 'bar',
          encoding: {
            y: { field: 'input', type: 'nominal', title: null, sort: { field: 'order', op: 'min' } },
            x: { field: 'from', type: 'quantitative', title: unit },
            x2: { field: 'to' },
            color: { field: 'end', type: 'nominal', title: 'Input at', scale: { domain: ['low', 'high'] } },
            tooltip: [
              { field: 'input', type: 'nominal' },
              { field: 'end', type: 'nominal' },
              { field: 'value', type: 'nominal', title: 'input value' },
              { field: 'to', type: 'quantitative', title: unit },
            ],
          },
        },
        { mark: { type: 'rule', color: 'black' }, encoding: { x: { field: 'from', type: 'quantitative' } } },
      ],
    },
    resolve: { scale: { x: 'independent', y: 'independent' } },
  };
}
