/**
 * MARCXML reader: a collection, a bare record, or OAI-PMH ListRecords, namespaced or
 * not, as a stream. Every MARC record in the file comes out as a ReadRecord or a
 * RejectedRecord, in file order; memory holds one record at a time.
 */
import type { ReadResult } from '../marc/read-result.ts';
import { parseMarcXmlRecord } from './marcxml-record.ts';
import { splitMarcXmlRecords } from './marcxml-splitter.ts';
import { decodeUtf8, fileChunks } from './text-chunks.ts';

export async function* readMarcXml(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<ReadResult> {
  let recordNumber = 0;
  let decode = decodeUtf8;
  for await (const slice of splitMarcXmlRecords(sniffEncoding(chunks, (found) => (decode = found)))) {
    recordNumber++;
    yield parseMarcXmlRecord(slice, { file, recordNumber, byteOffset: slice.byteOffset }, decode);
  }
}

export function readMarcXmlFile(path: string, file = path): AsyncGenerator<ReadResult> {
  return readMarcXml(fileChunks(path), file);
}

/**
 * Passes the chunks through, and sets the decoder from the XML declaration's encoding
 * (UTF-8 unless it names a single-byte code page such as ISO-8859-1 or windows-1256).
 */
async function* sniffEncoding(
  chunks: AsyncIterable<Uint8Array>,
  setDecode: (decode: typeof decodeUtf8) => void,
): AsyncGenerator<Uint8Array> {
  let prolog = '';
  for await (const chunk of chunks) {
    if (prolog.length < 200) {
      prolog += String.fromCharCode(...chunk.subarray(0, 200));
      const declared = /^\uFEFF?\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/.exec(prolog)?.[1];
      if (declared) setDecode(decoderFor(declared));
    }
    yield chunk;
  }
}

function decoderFor(label: string): typeof decodeUtf8 {
  if (/^utf-?8$/i.test(label)) return decodeUtf8;
  try {
    const decoder = new TextDecoder(label);
    if (decoder.encoding.startsWith('utf-16')) return decodeUtf8;
    return (bytes) => ({ text: decoder.decode(bytes), valid: true });
  } catch {
    return decodeUtf8;
  }
}
