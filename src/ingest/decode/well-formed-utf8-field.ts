/**
 * The common case, decoded in one step: a data field in well-formed UTF-8 (the caller has
 * checked the bytes), with two valid indicators, a delimiter right after them and printable
 * subfield codes. The field is decoded once and cut at U+001F in text, which is the same cut
 * as on bytes because 0x1F never occurs inside a UTF-8 multibyte sequence.
 *
 * Anything unusual returns undefined, and the byte-level path (split-data-field.ts, with its
 * diagnostics and byte offsets) takes the field instead: this file never reports a problem.
 * Values are normalised to NFC one by one, as that path does: normalising the whole field
 * could compose a subfield code with a combining mark that opens its value.
 */
import type { DataField, Subfield } from '../marc/marc-record.ts';

const SUBFIELD_DELIMITER = 0x1f;
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeWellFormedUtf8DataField(tag: string, bytes: Uint8Array): DataField | undefined {
  if (bytes.length < 3 || bytes[2] !== SUBFIELD_DELIMITER) return undefined;
  if (!isValidIndicator(bytes[0]) || !isValidIndicator(bytes[1])) return undefined;
  const text = utf8.decode(bytes);
  const subfields: Subfield[] = [];
  let start = 2;
  while (start !== -1) {
    const next = text.indexOf('\x1f', start + 1);
    const end = next === -1 ? text.length : next;
    // A delimiter with nothing after it (two in a row, or at the end) carries no subfield.
    if (end > start + 1) {
      const code = text.charCodeAt(start + 1);
      if (code < 0x21 || code > 0x7e) return undefined;
      subfields.push({ code: text[start + 1], value: text.slice(start + 2, end).normalize('NFC') });
    }
    start = next;
  }
  return { tag, ind1: text[0], ind2: text[1], subfields };
}

/** Digits, lowercase ASCII letters and blank: what decode-iso-record.ts accepts. */
function isValidIndicator(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7a);
}
