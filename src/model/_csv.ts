/** One record of a CSV file, numbered as a spreadsheet numbers its rows (the first record is row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly fields: readonly string[];
  /** The record breaks RFC 4180 (its problem is listed): its fields are not trusted and are left empty. */
  readonly broken?: true;
}

/** A place where the text breaks RFC 4180, with what was expected there and what was found. */
export interface CsvProblem {
  readonly row: number;
  readonly expected: string;
  readonly found: string;
}

/** What {@link readCsv} found: every record it could read and every problem, so all are reported at once. */
export interface CsvText {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

/** Where the unquoted text from `i` ends: at the next comma or line break, or the end of the text. */
function fieldEnd(text: string, i: number): number {
  const m = /[,\r\n]/.exec(text.slice(i));
  return m === null ? text.length : i + m.index;
}

/**
 * Reads CSV text as RFC 4180 defines it: fields separated by commas, records by CRLF or LF (a lone CR is
 * also taken as a line break, as older spreadsheets write it); a field holding a comma, a quote or a line
 * break is enclosed in quotes, with each quote inside doubled. A leading byte-order mark is dropped.
 *
 * Fields are returned exactly as written, never trimmed or converted, so that the caller decides what a
 * field may hold. A quote in the middle of an unquoted field, text after a closing quote, and a quote
 * that is never closed are reported as problems rather than guessed at: guessing would change a value
 * without saying so. A record spanning several lines (a quoted line break) is still one row, as a
 * spreadsheet shows it.
 */
export function readCsv(input: string): CsvText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  let broken = false; // the current record has a problem: its fields are not trusted

  const endRecord = (): void => {
    fields.push(field);
    records.push(broken ? { row: records.length + 1, fields: [], broken: true } : { row: records.length + 1, fields });
    fields = [];
    field = '';
    atFieldStart = true;
    broken = false;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      const start = records.length + 1;
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          problems.push({ row: start, expected: 'a closing quote for the field opened on this row', found: 'the end of the file' });
          return { records, problems };
        }
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = value;
      atFieldStart = false;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        const end = fieldEnd(text, i);
        problems.push({ row: start, expected: 'a comma or the end of the row after a closing quote', found: JSON.stringify(text.slice(i, end)) });
        broken = true;
        i = end;
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      if (c === '"' && !broken) {
        problems.push({ row: records.length + 1, expected: 'a quote only inside a quoted field, doubled ("")', found: `a quote in the unquoted field ${JSON.stringify(field + text.slice(i, fieldEnd(text, i)))}` });
        broken = true;
      }
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  // The last record needs no line break after it; a file ending in one has no empty record after it.
  if (!(atFieldStart && field === '' && fields.length === 0)) endRecord();
  return { records, problems };
}
