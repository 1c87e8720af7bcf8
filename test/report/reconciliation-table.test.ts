import { describe, expect, it } from 'vitest';
import { reconcile, reconciliationTable, describeReconciliation, render } from '../../src/index.js';
import { smallEvaluation } from './_scenarios.js';

const table = reconciliationTable(reconcile(smallEvaluation()));

describe('reconciliationTable', () => {
  it('copies each figure: printed, computed, difference, verdict and the paper arithmetic, the discrepancy first, then the total whose parts do not add up', () => {
    const plain = table.rows.map((r) => [r.id, r.label, r.printed.toString(), r.computed?.toString(), r.difference?.toString(), r.verdict, r.partsSum?.toString() ?? null, r.addsUp]);
    expect(plain).toEqual([
      ['p-b', 'Management, Beta', '60', '50', '10', 'discrepancy', null, null],
      ['p-total', 'Management, total', '600', '600', '0', 'exact', '610', false],
      ['p-a', 'Management, Alpha', '550', '550', '0', 'exact', null, null],
    ]);
    expect(table.rows.map((r) => r.group)).toEqual(['discrepancies', 'arithmetic', 'agreements']);
    expect(table.counts).toEqual({ exact: 2, rounding: 0, 'round-figure': 0, 'within-bound': 0, 'rounding-of-parts': 0, discrepancy: 1, 'not-modelled': 0 });
    expect(table.arithmeticFailures).toBe(1);
  });

  it('says what it found in one sentence', () => {
    expect(describeReconciliation(table)).toBe(
      '3 published figures: 1 discrepancy; 1 printed total does not equal the sum of its printed parts; 0 not modelled; 2 exact.',
    );
  });

  it('renders as a table with the printed precision kept', () => {
    const md = render(table, 'md').split('\n');
    expect(md.slice(0, 7)).toEqual([
      '# Published figures against the model',
      '',
      '## Discrepancies',
      '',
      '1 discrepancy.',
      '',
      '|   # | Published figure | Unit | Printed | Model | Difference | Verdict     | Parts sum | Adds up? |',
    ]);
    expect(md[8]).toBe('|   2 | Management, Beta | £    |      60 |    50 |         10 | discrepancy |         – | –        |');
    expect(md).toContain('|   3 | Management, total | £    |     600 |   600 |          0 | exact   |       610 | no       |');
    expect(md).toContain('|   1 | Management, Alpha | £    |     550 |   550 |          0 | exact   |         – | –        |');
    expect(render(table, 'csv').split('\r\n')[4]).toBe('1,"Management, Alpha",£,550,550,0,exact,,,agreements,');
    const json = JSON.parse(render(table, 'json'));
    expect(json.rows[0]).toEqual({ index: 1, id: 'p-b', label: 'Management, Beta', unit: '£', precision: '10', printed: '60', computed: '50', difference: '10', verdict: 'discrepancy', group: 'discrepancies', hint: null, partsSum: null, addsUp: null });
  });
});
