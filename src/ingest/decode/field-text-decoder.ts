/** Bytes -> NFC text in the record's encoding, with the problems found on the way. */
import type { RecordEncoding } from './detect-encoding.ts';
import { createMarc8State, decodeMarc8, type Marc8ProblemKind } from './marc8-decoder.ts';
import { decodeUtf8 } from './utf8.ts';
import { decodeWindows1256 } from './windows-1256.ts';

export interface TextProblem {
  kind: Marc8ProblemKind | 'invalid-utf8';
  /** Offset within the bytes decoded. */
  offset: number;
  charset?: string;
  byte?: number;
}

export type FieldTextDecoder = (bytes: Uint8Array) => { text: string; problems: TextProblem[] };

/**
 * A decoder for the values of ONE field. MARC-8 designations carry over from one subfield to
 * the next and reset at each new field, where MARC 21 says ASCII and ANSEL are in force again.
 */
export function createFieldTextDecoder(encoding: RecordEncoding): FieldTextDecoder {
  if (encoding === 'marc-8') {
    const state = createMarc8State();
    return (bytes) => decodeMarc8(bytes, state);
  }
  if (encoding === 'windows-1256') return (bytes) => ({ text: decodeWindows1256(bytes).normalize('NFC'), problems: [] });
  return (bytes) => {
    const { text, invalidOffset } = decodeUtf8(bytes);
    const problems: TextProblem[] = invalidOffset < 0 ? [] : [{ kind: 'invalid-utf8', offset: invalidOffset, byte: bytes[invalidOffset] }];
    return { text: text.normalize('NFC'), problems };
  };
}
