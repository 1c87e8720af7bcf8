import { describe, expect, it } from 'vitest';
import { reconcile, reconciliationTable, describeReconciliation, render } from '../../src/index.js';
import { smallEvaluation } from './_scenarios.js';

const table = reconciliationTable(reconcile(smallEvaluation()));

describe('reconciliationTable', () => {
  it('copies each figure: printed, computed, difference, verdict and the paper arithmetic', () => {
    const plain = table.rows.map((r) => [r.id, r.label, r.printed.toString(), r.computed?.toString(), r.difference?.toString(), r.verdict, r.partsSum?.toString() ?? null, r.addsUp]);
    expect(plain).toEqual([
      ['p-a', 'Management, Alpha', '550', '550', '0', 'exact', null, null],
      ['p-b', 'Management, Beta', '60', '50', '10', 'discrepancy', null, null],
      ['p-total', 'Management, total', '600', '600', '0', 'exact', '610', false],
    ]);
    expect(table.counts).toEqual({ exact: 2, rounding: 0, 'round-figure': 0, 'within-bound': 0, 'rounding-of-parts': 0, discrepancy: 1, 'not-modelled': 0 });
    expect(table.arithmeticFailures).toBe(1);
  });

  it('says what it found in one sentence', () => {
    expect(describeReconciliation(table)).toBe(
      '3 published figures: 2 exact, 0 within their printed rounding, 0 within the rounding of their printed parts, 1 discrepancy, 0 not modelled; 1 printed total does not equal the sum of its printed parts.',
    );
  });

  it('renders as a table with the printed precision kept', () => {
    const md = render(table, 'md').split('\n');
    expect(md[0]).toBe('# Published figures against the model');
    expect(md[2]).toBe('|   # | Published figure  | Unit | Printed | Model | Difference | Verdict     | Parts sum | Adds up? |');
    expect(md[5]).toBe('|   2 | Management, Beta  | £    |      60 |    50 |         10 | discrepancy |         – | –        |');
    expect(md[6]).toBe('|   3 | Management, total | £    |     600 |   600 |          0 | exact       |       610 | no       |');
    expect(render(table, 'csv').split('\r\n')[2]).toBe('1,"Management, Alpha",£,550,550,0,exact,,');
    const json = JSON.parse(render(table, 'json'));
    expect(json.rows[1]).toEqual({ index: 1, id: 'p-b', label: 'Management, Beta', unit: '£', precision: '10', printed: '60', computed: '50', difference: '10', verdict: 'discrepancy', partsSum: null, addsUp: null });
  });
});
