/**
 * Byte-level helpers for the ISO 2709 reader. Everything here works on bytes, never on
 * decoded text: lengths and offsets in a MARC record count bytes, and text decoding is
 * the decode stage's job.
 */
export const RECORD_TERMINATOR = 0x1d;
export const FIELD_TERMINATOR = 0x1e;

/** The number written in ASCII digits at bytes[start, start+length), or -1 if any byte is not a digit. */
export function readDigits(bytes: Uint8Array, start: number, length: number): number {
  if (start < 0 || start + length > bytes.length) return -1;
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = bytes[i] - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Bytes that exports put between records and that carry no data: DOS end-of-file (0x1A),
 * NUL padding, spaces, tabs and line breaks (seen in MARC-Record/cameleof.usmarc and filler.usmarc).
 */
export function isFiller(byte: number): boolean {
  return byte === 0x1a || byte === 0x00 || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Bytes as a string, one char per byte (Latin-1): leaders and tags are ASCII when sound. */
export function byteString(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end && i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/**
 * A tag is three printable ASCII bytes. Usually digits, sometimes local letters ("FMT") or
 * damaged ("30-" in File_MARC/bad_example.mrc): those are kept as read, like yaz does, and
 * left to validation; control bytes mean the directory itself is broken.
 */
export function isTagAt(bytes: Uint8Array, start: number): boolean {
  if (start + 3 > bytes.length) return false;
  for (let i = start; i < start + 3; i++) {
    if (bytes[i] < 0x20 || bytes[i] > 0x7e) return false;
  }
  return true;
}

/** Concatenates byte pieces into one new array: the record's own copy, so the stream's chunks can be freed. */
export function concatBytes(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
