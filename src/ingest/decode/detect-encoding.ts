/**
 * Which encoding a record's bytes are in. Leader/09 lies both ways in real files
 * (pymarc/utf8_without_leader_flag.dat, marc4js/marc8_utf8_mixed.mrc), so we look at the bytes:
 *
 * 1. Nearly all high bytes (>= 90%) form well-formed UTF-8 multibyte sequences -> UTF-8.
 *    MARC-8 and Windows-1256 text almost never does: an ANSEL diacritic (0xE0-0xFE) is followed
 *    by an ASCII letter, a Windows-1256 Arabic letter (0xC1-0xFE) by another letter or a space,
 *    and neither is a UTF-8 continuation byte. The 10% margin keeps a UTF-8 record with a few
 *    damaged bytes UTF-8 (ruby-marc/marc_with_bad_utf8.utf8.marc); those become U+FFFD.
 * 2. MARC-8 escape sequences (ESC ( 3, ESC ) E, ESC s...) -> MARC-8. They are 7-bit, so a
 *    MARC-8 Arabic record can be pure ASCII bytes (yaz/marc9.marc's 880 fields).
 * 3. No high byte at all: the letters read the same in all three, but MARC-8 has one thing
 *    plain ASCII does not, the lossless `&#xXXXX;` escape (ruby-marc's
 *    escaped_character_reference.marc8.marc). So leader/09 decides: "a" -> UTF-8, else MARC-8.
 * 4. Otherwise, when at least half the high bytes sit in runs of 2+ consecutive high bytes that
 *    are all Windows-1256 Arabic letters or marks (an Arabic word: "ÇáßÊÇÈ" = الكتاب)
 *    -> Windows-1256. ANSEL puts one diacritic before each base letter, so its high bytes are
 *    mostly alone, and its double-diacritic pairs (0xE5 0xE2) are not both Arabic in 1256.
 * 5. At least half the high bytes are ANSEL diacritics (0xE0-0xFE) written before a letter or
 *    before another diacritic, as MARC-8 does -> MARC-8.
 * 6. Nothing conclusive (a few stray high bytes, e.g. a UTF-8 character cut in two by a wrong
 *    directory length: ruby-marc/marc_with_bad_utf8.utf8.marc): only now does leader/09 decide,
 *    "a" -> UTF-8 (bad bytes become U+FFFD), anything else -> MARC-8.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import type { RawIsoRecord } from '../marc/read-result.ts';
import { scanUtf8 } from './utf8.ts';
import { windows1256ArabicBytes } from './windows-1256.ts';

export type RecordEncoding = 'utf-8' | 'marc-8' | 'windows-1256';
export type EncodingSetting = 'auto' | RecordEncoding;

const ESC = 0x1b;
/** Bytes that may follow ESC in a MARC-8 designation: ( , ) - $ g b p s. */
const escapeFollowers = new Set([0x28, 0x2c, 0x29, 0x2d, 0x24, 0x67, 0x62, 0x70, 0x73]);

interface ByteCounts {
  highBytes: number;
  utf8MultibyteBytes: number;
  utf8InvalidBytes: number;
  escapes: number;
  arabicWordBytes: number;
  anselDiacriticBytes: number;
}

export function detectRecordEncoding(raw: RawIsoRecord): { encoding: RecordEncoding; reason: string } {
  // The common cases, checked natively; leader/09 agrees with the answer, so the reason is
  // never shown and needs no counting. UTF-8: rule 1 holds with every high byte in UTF-8.
  // MARC-8 with no high byte at all (its Arabic is 7-bit after ESC ( 3): rule 2 or rule 3.
  const saysUtf8 = raw.leader.charAt(9) === 'a';
  if (saysUtf8 && isWellFormedUtf8WithHighBytes(raw)) {
    return { encoding: 'utf-8', reason: 'every high byte forms UTF-8 characters; leader/09 agrees' };
  }
  if (!saysUtf8 && raw.fields.every((field) => isAscii(field.bytes))) {
    return { encoding: 'marc-8', reason: 'no high bytes; leader/09 does not say UTF-8' };
  }
  const counts = countBytes(raw);
  if (counts.highBytes > 0 && counts.utf8MultibyteBytes >= 0.9 * counts.highBytes) {
    const damage = counts.utf8InvalidBytes > 0 ? `, ${counts.utf8InvalidBytes} invalid bytes` : '';
    return { encoding: 'utf-8', reason: `${counts.utf8MultibyteBytes} of ${counts.highBytes} high bytes form UTF-8 characters${damage}` };
  }
  if (counts.escapes > 0) return { encoding: 'marc-8', reason: `${counts.escapes} MARC-8 escape sequences` };
  if (counts.highBytes === 0) {
    return raw.leader.charAt(9) === 'a'
      ? { encoding: 'utf-8', reason: 'plain ASCII; leader/09 says UTF-8' }
      : { encoding: 'marc-8', reason: 'plain ASCII; leader/09 says MARC-8, whose &#x escapes are decoded' };
  }
  if (counts.arabicWordBytes >= 0.5 * counts.highBytes) {
    return { encoding: 'windows-1256', reason: `${counts.arabicWordBytes} of ${counts.highBytes} high bytes form Windows-1256 Arabic words` };
  }
  if (counts.anselDiacriticBytes >= 0.5 * counts.highBytes) {
    return { encoding: 'marc-8', reason: `${counts.anselDiacriticBytes} of ${counts.highBytes} high bytes are ANSEL diacritics before a letter` };
  }
  const ambiguous = `${counts.highBytes} high bytes that are neither UTF-8, nor Windows-1256 Arabic words, nor ANSEL diacritics`;
  if (raw.leader.charAt(9) === 'a') return { encoding: 'utf-8', reason: `${ambiguous}; leader/09 says UTF-8` };
  return { encoding: 'marc-8', reason: `${ambiguous}; leader/09 does not say UTF-8` };
}

function isWellFormedUtf8WithHighBytes(raw: RawIsoRecord): boolean {
  let highBytes = false;
  for (const field of raw.fields) {
    if (!isUtf8(field.bytes)) return false;
    if (!highBytes && !isAscii(field.bytes)) highBytes = true;
  }
  return highBytes;
}

function countBytes(raw: RawIsoRecord): ByteCounts {
  const counts: ByteCounts = { highBytes: 0, utf8MultibyteBytes: 0, utf8InvalidBytes: 0, escapes: 0, arabicWordBytes: 0, anselDiacriticBytes: 0 };
  for (const field of raw.fields) {
    const scan = scanUtf8(field.bytes);
    counts.utf8MultibyteBytes += scan.multibyteBytes;
    counts.utf8InvalidBytes += scan.invalidBytes;
    countRuns(field.bytes, counts);
  }
  return counts;
}

/** Counts high bytes, escapes, and high bytes inside Arabic-looking runs. */
function countRuns(bytes: Uint8Array, counts: ByteCounts): void {
  let runLength = 0;
  let runIsArabic = true;
  const closeRun = (): void => {
    if (runLength >= 2 && runIsArabic) counts.arabicWordBytes += runLength;
    runLength = 0;
    runIsArabic = true;
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte >= 0x80) {
      counts.highBytes += 1;
      runLength += 1;
      if (!windows1256ArabicBytes.has(byte)) runIsArabic = false;
      if (byte >= 0xe0 && byte <= 0xfe && isLetterOrDiacritic(bytes[i + 1])) counts.anselDiacriticBytes += 1;
      continue;
    }
    closeRun();
    if (byte === ESC && escapeFollowers.has(bytes[i + 1])) counts.escapes += 1;
  }
  closeRun();
}

function isLetterOrDiacritic(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0xe0 && byte <= 0xfe);
}
