import { describe, expect, it } from 'vitest';
import { ErrorCode, parseBaselinesCsv } from '../../src/index.js';
import { thrown } from '../money/_thrown.js';

const H = 'service,budget,position,partner,amount';

/** Every problem the CSV has, as `code path message`, in the order found. */
function problems(csv: string, file?: string): { code: string; path: readonly (string | number)[]; message: string }[] {
  const e = thrown(() => parseBaselinesCsv(csv, file === undefined ? {} : { file }));
  expect(e.code).toBe(ErrorCode.CSV);
  return e.issues.map(({ code, path, message }) => ({ code, path, message }));
}

describe('parseBaselinesCsv: bad input, every problem with its row and column', () => {
  it('an empty file, a file of empty rows, a header alone', () => {
    const empty = { code: 'E_CSV', path: ['baselines.csv'], message: '["baselines.csv"]: expected a header row naming the columns service, budget, position, partner, amount, found an empty file' };
    expect(problems('')).toEqual([empty]);
    expect(problems('\uFEFF\r\n,,\r\n')).toEqual([empty]);
    expect(problems(`${H}\n\n`)).toEqual([{ code: 'E_CSV', path: ['baselines.csv'], message: '["baselines.csv"]: expected at least one row of baselines below the header, found only the header' }]);
  });

  it('names the file it is given', () => {
    expect(problems('', 'tri.csv')[0]!.path).toEqual(['tri.csv']);
  });

  it('unknown, unnamed, repeated and missing columns', () => {
    expect(problems(`${H},Colour,\ns,b,starting,hf,1,red,\n`)).toEqual([
      { code: 'E_UNKNOWN_KEY', path: ['baselines.csv', 1], message: '["baselines.csv"][1]: expected only the columns service, budget, position, partner, amount, service_name, budget_name, measure, basis, fund, controllable, attribution, found an unknown column "Colour"' },
      { code: 'E_UNKNOWN_KEY', path: ['baselines.csv', 1], message: '["baselines.csv"][1]: expected only the columns service, budget, position, partner, amount, service_name, budget_name, measure, basis, fund, controllable, attribution, found an unnamed column (column 7)' },
    ]);
    expect(problems(`${H},AMOUNT\ns,b,starting,hf,1,2\n`)).toEqual([{ code: 'E_CONFLICT', path: ['baselines.csv', 1, 'amount'], message: '["baselines.csv"][1].amount: expected each column once, found "AMOUNT" again in column 6' }]);
    expect(problems('service,budget,partner\ns,b,hf\n').map((p) => p.message)).toEqual([
      '["baselines.csv"][1]: expected a column named "position", found no such column in the header',
      '["baselines.csv"][1]: expected a column named "amount", found no such column in the header',
    ]);
  });

  it('amounts the library cannot read exactly: kept out, never coerced', () => {
    expect(problems(`${H}\ns,b,starting,hf,1\ns,b,starting,rbkc,12abc\ns,b,starting,cow, 1\ns,b,starting,x,"1,000"\ns,b,starting,y,\n`)).toEqual([
      { code: 'E_AMOUNT', path: ['baselines.csv', 3, 'amount'], message: '["baselines.csv"][3].amount: expected a decimal amount such as "1234.56", found "12abc"' },
      { code: 'E_AMOUNT', path: ['baselines.csv', 4, 'amount'], message: '["baselines.csv"][4].amount: expected a decimal amount such as "1234.56", found " 1"' },
      { code: 'E_AMOUNT', path: ['baselines.csv', 5, 'amount'], message: '["baselines.csv"][5].amount: expected a decimal amount such as "1234.56", found "1,000"' },
      { code: 'E_MISSING', path: ['baselines.csv', 6, 'amount'], message: '["baselines.csv"][6].amount: expected an amount (required), found an empty cell' },
    ]);
  });

  it('cells that are not ids, positions, measures, bases or booleans', () => {
    expect(problems(`${H},measure,basis,controllable\ns,b,start,hf,1,cash,net,yes\n1s,,closing,,1,,,\ns,c,starting,combined partner,1,,Net,TRUE\n`).map((p) => p.message)).toEqual([
      '["baselines.csv"][2].position: expected starting or closing, found "start"',
      '["baselines.csv"][2].measure: expected one of money, fte, headcount (or empty: money), found "cash"',
      '["baselines.csv"][2].controllable: expected true or false (or empty), found "yes"',
      '["baselines.csv"][3].service: expected an id: a letter, then letters, digits, "-" or "_", found "1s"',
      '["baselines.csv"][3].budget: expected a budget id (required), found an empty cell',
      '["baselines.csv"][3].partner: expected a partner id, or "combined" (required), found an empty cell',
      '["baselines.csv"][4].partner: expected a partner id, or "combined", found "combined partner"',
      '["baselines.csv"][4].basis: expected one of staffing, gross, income, net, expenditure, other (or empty: net), found "Net"',
    ]);
  });

  it('an attribution only on a combined closing row, and only equal or metric:<id>', () => {
    expect(problems(`${H},attribution\ns,b,starting,combined,1,equal\ns,b,closing,combined,1,blend\ns,c,starting,hf,1,\ns,c,closing,hf,1,metric:population\ns,d,starting,hf,1,\ns,d,closing,combined,1,metric:\n`)).toEqual([
      { code: 'E_SCHEMA', path: ['baselines.csv', 2, 'attribution'], message: '["baselines.csv"][2].attribution: expected an empty cell: only a combined closing row is apportioned by a rule, found "equal"' },
      { code: 'E_SCHEMA', path: ['baselines.csv', 3, 'attribution'], message: '["baselines.csv"][3].attribution: expected equal or metric:<metric-id>; state any other rule in the scenario JSON, found "blend"' },
      { code: 'E_SCHEMA', path: ['baselines.csv', 5, 'attribution'], message: '["baselines.csv"][5].attribution: expected an empty cell: only a combined closing row is apportioned by a rule, found "metric:population"' },
      { code: 'E_SCHEMA', path: ['baselines.csv', 7, 'attribution'], message: '["baselines.csv"][7].attribution: expected equal or metric:<metric-id>; state any other rule in the scenario JSON, found "metric:"' },
    ]);
  });

  it('rows of one budget that disagree, repeat or mix per-partner and combined figures', () => {
    const csv = `${H},budget_name,service_name,fund\ns,b,starting,hf,1,B,S,\ns,b,starting,cow,1,B2,S,DSG\nt,b,closing,hf,1,B,T,\ns,b,starting,hf,2,B,S,\ns,b,starting,combined,3,B,S,\ns,b,closing,combined,1,B,S2,\ns,b,closing,hf,1,B,S,\ns,e,closing,hf,1,E,S,\ns,b,closing,combined,1,B,S,\n`;
    expect(problems(csv)).toEqual([
      { code: 'E_CONFLICT', path: ['baselines.csv', 3, 'budget_name'], message: '["baselines.csv"][3].budget_name: expected "B", as row 2 gives for budget "b", found "B2"' },
      { code: 'E_CONFLICT', path: ['baselines.csv', 3, 'fund'], message: '["baselines.csv"][3].fund: expected an empty cell, as row 2 gives for budget "b", found "DSG"' },
      { code: 'E_CONFLICT', path: ['baselines.csv', 4, 'service'], message: '["baselines.csv"][4].service: expected "s", the service of budget "b" on row 2, found "t"' },
      { code: 'E_DUPLICATE_ID', path: ['baselines.csv', 5, 'partner'], message: '["baselines.csv"][5].partner: expected one starting row for partner "hf" of budget "b", found a second one (the first is row 2)' },
      { code: 'E_CONFLICT', path: ['baselines.csv', 6, 'partner'], message: '["baselines.csv"][6].partner: expected the starting position of budget "b" either per partner or combined: row 2 gives it per partner, found "combined"' },
      { code: 'E_CONFLICT', path: ['baselines.csv', 7, 'service_name'], message: '["baselines.csv"][7].service_name: expected "S", as row 2 gives for service "s", found "S2"' },
      { code: 'E_CONFLICT', path: ['baselines.csv', 8, 'partner'], message: '["baselines.csv"][8].partner: expected the closing position of budget "b" either per partner or combined: row 7 gives it combined, found "hf"' },
      { code: 'E_DUPLICATE_ID', path: ['baselines.csv', 10, 'partner'], message: '["baselines.csv"][10].partner: expected one closing row for the combined figure of budget "b", found a second one (the first is row 7)' },
      { code: 'E_MISSING', path: ['baselines.csv', 9, 'position'], message: '["baselines.csv"][9].position: expected a starting row for budget "e", found closing rows only' },
    ]);
  });

  it('a service-only row may hold no budget columns', () => {
    expect(problems(`${H},service_name,measure\ns,,,,,S,fte\n`).map((p) => p.message)).toEqual(['["baselines.csv"][2].measure: expected an empty cell: a row without a budget names a service only, found "fte"']);
  });

  it('broken quoting and rows of the wrong length, numbered as a spreadsheet shows them', () => {
    const csv = `${H}\r\ns,"b\r\nc",starting,hf,"1"x\r\ns,b,starting,h"f,1\r\ns,b,starting,hf\r\ns,b,starting,hf,1,2\r\ns,b,starting,cow,"1\r\n`;
    expect(problems(csv)).toEqual([
      { code: 'E_CSV', path: ['baselines.csv', 2], message: '["baselines.csv"][2]: expected a comma or the end of the row after a closing quote, found "x"' },
      { code: 'E_CSV', path: ['baselines.csv', 3], message: '["baselines.csv"][3]: expected a quote only inside a quoted field, doubled (""), found a quote in the unquoted field "h\\"f"' },
      { code: 'E_CSV', path: ['baselines.csv', 6], message: '["baselines.csv"][6]: expected a closing quote for the field opened on this row, found the end of the file' },
      { code: 'E_CSV', path: ['baselines.csv', 4], message: '["baselines.csv"][4]: expected 5 fields, one per column of the header, found 4' },
      { code: 'E_CSV', path: ['baselines.csv', 5], message: '["baselines.csv"][5]: expected 5 fields, one per column of the header, found 6' },
    ]);
  });

  it('the error lists every problem in its message', () => {
    const e = thrown(() => parseBaselinesCsv(`${H}\ns,b,starting,hf,x\ns,b,starting,cow,y\n`));
    expect(e.message).toBe('2 problems:\n  - ["baselines.csv"][2].amount: expected a decimal amount such as "1234.56", found "x"\n  - ["baselines.csv"][3].amount: expected a decimal amount such as "1234.56", found "y"');
  });
});
