/**
 * The formula cells of an .xlsx file read straight from its XML: each cell's formula and stored value as
 * the file states it (a reader such as exceljs turns a value shown in a format it takes for a date, like
 * `"£"#,##0.000"m"` as LibreOffice writes it back, into a Date, losing digits).
 */
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive, by name, inflated. */
function unzip(zip: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip archive');
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const [nameLength, extra, comment] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A formula cell: its formula and its stored value (a number, or the text of a string result). */
export interface FormulaCell {
  readonly formula: string;
  readonly value: number | string;
}

/**
 * Every formula cell of a workbook, keyed `Sheet!A1`: its formula and stored value.
 *
 * @param xlsx - the file's bytes
 */
export function formulaCellsOf(xlsx: Buffer): Map<string, FormulaCell> {
  const files = unzip(xlsx);
  const rels = new Map([...files.get('xl/_rels/workbook.xml.rels')!.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const relsOtherOrder = [...files.get('xl/_rels/workbook.xml.rels')!.matchAll(/<Relationship [^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)];
  for (const m of relsOtherOrder) rels.set(m[2]!, m[1]!);
  const out = new Map<string, FormulaCell>();
  for (const sheet of files.get('xl/workbook.xml')!.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = rels.get(sheet[2]!)!.replace(/^\/?(xl\/)?/, '');
    const xml = files.get(`xl/${target}`)!;
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
      const body = c[3] ?? '';
      const f = /<f[^>]*>(.*?)<\/f>/.exec(body);
      if (f === null) continue;
      const v = /<v>(.*?)<\/v>/.exec(body)?.[1];
      const isText = /t="(str|s)"/.test(c[2]!);
      out.set(`${unescape(sheet[1]!)}!${c[1]!}`, { formula: unescape(f[1]!), value: isText ? unescape(v ?? '') : Number(v ?? '0') });
    }
  }
  return out;
}
