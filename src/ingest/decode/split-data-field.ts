/**
 * Cuts a data field's bytes into indicators and subfields BEFORE any decoding: 0x1F and the
 * indicator bytes are ASCII in every encoding, but a MARC-8 Arabic run would read a subfield
 * code "a" as the letter ف if we decoded first.
 */

const SUBFIELD_DELIMITER = 0x1f;

export interface SubfieldBytes {
  /** The code byte after 0x1F; undefined for text found before the first delimiter. */
  code: number | undefined;
  value: Uint8Array;
  /** Offset of the value's first byte within the field. */
  offset: number;
}

export interface DataFieldBytes {
  /** Undefined when the field ends, or a delimiter comes, before that indicator. */
  indicators: [number | undefined, number | undefined];
  subfields: SubfieldBytes[];
}

export function splitDataFieldBytes(bytes: Uint8Array): DataFieldBytes {
  const firstDelimiter = bytes.indexOf(SUBFIELD_DELIMITER);
  const indicatorCount = Math.min(2, firstDelimiter === -1 ? bytes.length : firstDelimiter);
  const indicators: [number | undefined, number | undefined] = [
    indicatorCount > 0 ? bytes[0] : undefined,
    indicatorCount > 1 ? bytes[1] : undefined,
  ];
  const subfields: SubfieldBytes[] = [];
  const textEnd = firstDelimiter === -1 ? bytes.length : firstDelimiter;
  if (textEnd > indicatorCount) {
    subfields.push({ code: undefined, value: bytes.subarray(indicatorCount, textEnd), offset: indicatorCount });
  }
  let start = firstDelimiter;
  while (start !== -1) {
    const next = bytes.indexOf(SUBFIELD_DELIMITER, start + 1);
    const end = next === -1 ? bytes.length : next;
    // A delimiter with nothing after it (two in a row, or at the end) carries no subfield.
    if (end > start + 1) subfields.push({ code: bytes[start + 1], value: bytes.subarray(start + 2, end), offset: start + 2 });
    start = next;
  }
  return { indicators, subfields };
}
