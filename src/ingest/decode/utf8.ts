/**
 * UTF-8 checks done on bytes, without decoding: the encoding detector needs to know how
 * many high bytes form well-formed UTF-8 sequences, and where the first bad one is.
 */

export interface Utf8Scan {
  /** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
  firstInvalidOffset: number;
  /** Bytes >= 0x80 that are not part of a well-formed sequence. */
  invalidBytes: number;
  /** Well-formed sequences of 2-4 bytes. */
  multibyteSequences: number;
  /** Bytes >= 0x80 inside those sequences. */
  multibyteBytes: number;
}

/** Length of the well-formed UTF-8 sequence at bytes[i] (Unicode table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0; // overlong
    if (lead === 0xed) high = 0x9f; // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90; // overlong
    if (lead === 0xf4) high = 0x8f; // above U+10FFFF
  } else return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstInvalidOffset: -1, invalidBytes: 0, multibyteSequences: 0, multibyteBytes: 0 };
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (scan.firstInvalidOffset < 0) scan.firstInvalidOffset = i;
      scan.invalidBytes += 1;
      i += 1;
    } else {
      if (length > 1) {
        scan.multibyteSequences += 1;
        scan.multibyteBytes += length;
      }
      i += length;
    }
  }
  return scan;
}

const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes UTF-8; each ill-formed subsequence becomes U+FFFD (WHATWG), and the first one's offset is reported (-1 if none). */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidOffset: number } {
  return { text: lenientDecoder.decode(bytes), invalidOffset: scanUtf8(bytes).firstInvalidOffset };
}
