/** How a cell is read: text as written, a number at the decimals its format shows, refused where that is ambiguous. */
import { describe, expect, it } from 'vitest';
import { amountOfNumber, readCell, shownPlaces, writeCell } from '../../src/workbook/_cells.js';

describe('an amount in a number cell', () => {
  it.each([
    [1234.5, '#,##0.00', '1234.50'],
    [1234.5, '"£"#,##0.00', '1234.50'],
    [1234.5, '[$£-809]#,##0.00;[Red]-[$£-809]#,##0.00', '1234.50'],
    [-0.25, '0.00', '-0.25'],
    [2403000, '#,##0', '2403000'],
    [0.035, '0.0%', '0.035'],
    [0.5, '0%', '0.50'],
    [0.1 + 0.2, undefined, '0.3'],
    [1234.5678, 'General', '1234.5678'],
    [120000.46, '#,##0.00', '120000.46'],
  ])('%s formatted %s is %s', (n, format, text) => {
    expect(amountOfNumber(n, format)).toEqual({ value: text });
  });

  it.each([
    [1234.5678, '#,##0.00'],
    [0.0355, '0.0%'],
    [1234.5, '0.00E+00'],
    [0.5, '# ?/?'],
    [1234.5, '0.0#'],
    [1234000, '#,##0,'],
    [45000, 'dd/mm/yyyy'],
  ])('%s formatted %s is refused as ambiguous', (n, format) => {
    expect(amountOfNumber(n, format)).toHaveProperty('problem');
  });

  it('reads what it writes: a plain decimal as a number in a format that shows each of its decimals, anything else as text', () => {
    for (const text of ['0', '1.50', '-0.001', '123456789012.345', '99999999999999.9', '1e-2', '0.1234567890123', '007', '-0']) {
      const written = writeCell('amount', text);
      const read = readCell('amount', written.value, written.numFmt);
      expect(read, text).toEqual({ value: text });
    }
  });
});

describe('the other cells', () => {
  it.each([
    ['text', new Date(Date.UTC(2022, 9, 3)), undefined, '2022-10-03'],
    ['boolean', 'TRUE', undefined, true],
    ['integer', '5', undefined, 5],
    ['integer-or-text', -1, undefined, -1],
    ['integer-or-text', '2021/22', undefined, '2021/22'],
    ['list', 'hf, rbkc,cow', undefined, ['hf', 'rbkc', 'cow']],
    ['list', '[]', undefined, []],
    ['word-or-json', 'standard', undefined, 'standard'],
    ['word-or-json', '[{"fromYear": 0, "rate": "0.035"}]', undefined, [{ fromYear: 0, rate: '0.035' }]],
    ['any', '"0.2"', undefined, '0.2'],
    ['any', '0.2', undefined, 0.2],
    ['any', 'hf', undefined, 'hf'],
    ['text', { richText: [{ text: 'One ' }, { text: 'team' }] }, undefined, 'One team'],
    ['text', { formula: 'A1', result: 'x' }, undefined, 'x'],
    ['boolean', { formula: 'FALSE()' }, undefined, false],
    ['boolean', { formula: 'TRUE()', result: true }, undefined, true],
  ] as const)('%s from %j is %j', (kind, raw, format, value) => {
    expect(readCell(kind, raw, format)).toEqual({ value });
  });

  it('says a blank is blank, and refuses an error value and JSON that is not', () => {
    expect(readCell('amount', null, undefined)).toEqual({ blank: true });
    expect(readCell('amount', { error: '#N/A' }, undefined)).toHaveProperty('problem');
    expect(readCell('json', '[{', undefined)).toHaveProperty('problem');
    expect(readCell('amount', { formula: 'SUM(A1:A3)' }, undefined)).toEqual({ problem: { expected: 'a value', found: 'the formula =SUM(A1:A3) with no value saved (open the workbook in a spreadsheet and save it, to calculate it)' } });
  });

  it('knows the formats that show a fixed number of decimals', () => {
    expect([shownPlaces('#,##0.000'), shownPlaces('General'), shownPlaces('0.00E+00')]).toEqual([{ places: 3, percent: 0 }, 'general', undefined]);
  });
});
