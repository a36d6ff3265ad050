/**
 * exceljs stamps every zip entry with the current time, so two runs give different bytes.
 * This sets each entry's DOS date and time (local header and central directory) to one
 * fixed moment; the entries' contents and CRCs are untouched.
 */

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01

export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(entry, true) !== 0x02014b50) throw new Error('zip central directory entry expected');
    view.setUint16(entry + 12, DOS_TIME, true);
    view.setUint16(entry + 14, DOS_DATE, true);
    const local = view.getUint32(entry + 42, true);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error('not a zip file: no end of central directory');
}
