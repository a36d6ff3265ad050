/**
 * Text of a CSV deposit, whatever Excel saved it as: UTF-8 with or without BOM, UTF-16
 * ("Unicode Text", with BOM), or Windows-1256 (older Arabic Excel's "CSV"). Decided once,
 * from the BOM or from whether the first 64 KiB are valid UTF-8; decoded as a stream, so a
 * letter split between two chunks stays whole.
 */

export type SpreadsheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedSpreadsheet {
  encoding: SpreadsheetEncoding;
  text: AsyncGenerator<string>;
}

export async function decodeSpreadsheet(chunks: AsyncIterable<Uint8Array>): Promise<DecodedSpreadsheet> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first: Uint8Array = new Uint8Array(0);
  // Look at the first 64 KiB: enough Arabic to tell UTF-8 from Windows-1256.
  while (first.length < 65536) {
    const next = await iterator.next();
    if (next.done) break;
    first = concat(first, next.value);
  }
  const { encoding, bomLength } = detect(first);
  return { encoding, text: decodeAll(encoding, first.subarray(bomLength), iterator) };
}

function detect(bytes: Uint8Array): { encoding: SpreadsheetEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1256', bomLength: 0 };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: true forgives a character cut at the end of the chunk.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

async function* decodeAll(encoding: SpreadsheetEncoding, first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  let chunk: Uint8Array | undefined = first;
  while (chunk) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
    const next = await rest.next();
    chunk = next.done ? undefined : next.value;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
