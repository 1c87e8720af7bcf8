import { describe, expect, it } from 'vitest';
import { controlledRound, type ControlledRounding } from '../../src/index.js';
import { thrown } from './_thrown.js';

const text = (r: ControlledRounding) => ({
  cells: r.cells.map((row) => row.map((c) => (c === null ? null : c.toString()))),
  rows: r.rowTotals.map(String),
  columns: r.columnTotals.map(String),
  grand: r.grandTotal.toString(),
});

describe('controlledRound', () => {
  it('a 3 × 3 table worked by hand', () => {
    // Exact:                       row totals
    //   1.2  0.8  2.5              4.5
    //   0.3  1.6  0.4              2.3
    //   2.9  0.1  1.8              4.8
    //   column totals 4.4 2.5 4.7, grand total 11.6.
    // Each cell to its nearest whole number (2.5 down) gives rows 4, 2, 5, columns 4, 3, 4 and 11 in all,
    // each within one of its exact value: a controlled rounding, 5.6 away in all (cells 2.4; rows
    // 0.5 + 0.3 + 0.2; columns 0.4 + 0.5 + 0.7; grand total 0.6). Rounding 2.5 up instead costs its cell
    // nothing (0.5 either way) and row 1 nothing (5 is as near 4.5 as 4), and brings column 3 to 5 (0.3
    // from 4.7, not 0.7) and the grand total to 12 (0.4 from 11.6, not 0.6): 5.0 in all, the nearest
    // (a search of all 2^9 roundings finds no other as near).
    const r = controlledRound([
      ['1.2', '0.8', '2.5'],
      ['0.3', '1.6', '0.4'],
      ['2.9', '0.1', '1.8'],
    ]);
    expect(text(r)).toEqual({
      cells: [
        ['1', '1', '3'],
        ['0', '2', '0'],
        ['3', '0', '2'],
      ],
      rows: ['5', '2', '5'],
      columns: ['4', '3', '5'],
      grand: '12',
    });
  });

  it('a table where rounding each cell to its nearest would not add up', () => {
    // Nine cells of 0.6: nearest, each row would show 3 against an exact 1.8. Controlled, each row and
    // column rounds two cells up and one down, so every total shows 2 and the grand total 6.
    const r = controlledRound(Array.from({ length: 3 }, () => ['0.6', '0.6', '0.6']));
    expect(r.rowTotals.map(String)).toEqual(['2', '2', '2']);
    expect(r.columnTotals.map(String)).toEqual(['2', '2', '2']);
    expect(r.grandTotal.toString()).toBe('6');
    expect(r.cells.flat().filter((c) => c!.isZero())).toHaveLength(3);
  });

  it.each([
    // cells, step, rounded cells, row totals
    // on equal remainders the earlier column rounds up first
    [[['1.4', '1.4', '1.4']], '1', [['2', '1', '1']], ['4']],
    [[['0.25', '0.25', '0.25', '0.25']], '0.1', [['0.3', '0.3', '0.2', '0.2']], ['1']],
    // −0.3 is −1 + 0.7: the two largest remainders round up, to 0
    [[['-0.3', '-0.3', '-0.4']], '1', [['0', '0', '-1']], ['-1']],
    [[['12345', '55']], '100', [['12300', '100']], ['12400']],
    [[['7', '-3.00']], '1', [['7', '-3']], ['4']],
    // 1.4 for a total: 2 is farther than 1, but 1 and 1 are 0.3 each from 0.7 where 1 and 0 are 0.3 and 0.7
    [[['0.7', '0.7']], '1', [['1', '1']], ['2']],
  ])('one row rounds its largest remainders up, as many as are nearest in all: %j to %s', (cells, step, rounded, rows) => {
    const r = controlledRound(cells, { step });
    expect(text(r).cells).toEqual(rounded);
    expect(text(r).rows).toEqual(rows);
  });

  it('a step far larger than the finest digit (costs then compared approximately) still gives a controlled rounding', () => {
    const cells = [
      ['1234567.12345678901234567891', '7654321.98765432109876543219'],
      ['-5555555.55555555555555555555', '3333333.33333333333333333333'],
    ];
    const r = controlledRound(cells, { step: '1000000' });
    // −5.56 (in millions) shows −5, not its nearer −6, so that its row (−2.22), its column (−4.32) and the
    // grand total (6.67) all show their nearest: 0.56 + 0.22 + 0.32 + 0.33 against 0.44 + 0.78 + 0.68 + 0.67.
    expect(text(r)).toEqual({
      cells: [
        ['1000000', '8000000'],
        ['-5000000', '3000000'],
      ],
      rows: ['9000000', '-2000000'],
      columns: ['-4000000', '11000000'],
      grand: '7000000',
    });
  });

  it('keeps null cells null, counted as zero', () => {
    const r = controlledRound([
      ['0.5', null],
      [null, '0.5'],
    ]);
    expect(text(r).cells.map((row) => row.map((c) => c === null))).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(r.grandTotal.toString()).toBe(String(r.rowTotals.reduce((a, b) => a.plus(b)).toString()));
  });

  it('an empty table', () => {
    expect(text(controlledRound([]))).toEqual({ cells: [], rows: [], columns: [], grand: '0' });
    expect(text(controlledRound([[], []]))).toEqual({ cells: [[], []], rows: ['0', '0'], columns: [], grand: '0' });
  });

  it('refuses bad cells, a ragged row and a step that is not positive, each with its path', () => {
    const e = thrown(() => controlledRound([['1', 'x'], ['2']], { step: '0' }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['E_OPTION', ['step']],
      ['E_AMOUNT', ['cells', 0, 1]],
      ['E_OPTION', ['cells', 1]],
    ]);
  });
});
