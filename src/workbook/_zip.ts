import { InvariantError } from '../errors/index.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** 1980-01-01 00:00:00, the earliest time a zip entry can carry. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

function fail(what: string): never {
  throw new InvariantError(`xlsx: the zip written by exceljs has an unexpected layout (${what})`);
}

/**
 * A copy of a zip archive with every entry's modification time set to 1980-01-01 00:00.
 *
* The same fix as the report workbook's (report/xlsx/_zip.ts), which that stage does not export.
 *
 * exceljs zips with JSZip, which stamps each entry with the time of writing; only those stamps (in the
 * local headers and the central directory, outside every checksum) make two writes of the same workbook
 * differ. Fixing them makes the output depend on its input alone.
 *
 * @param zip - the archive, as written
 * @returns a new array; the input is not changed
 * @throws {@link InvariantError} if the archive is not laid out as JSZip writes it
 */
export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end -= 1;
  if (end < 0) fail('no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > out.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) fail(`central directory entry ${i}`);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > out.length || view.getUint32(local, true) !== LOCAL_HEADER) fail(`local header ${i}`);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
