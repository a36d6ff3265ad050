/**
 * pymarc's golden vectors: test_marc8.txt line by line must decode to test_utf8.txt
 * (MARC::Charset gets 1515/1515). CJK (EACC) lines are out of scope: counted, and checked to
 * come out as U+FFFD rather than garbage letters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMarc8 } from '../../../src/ingest/decode/marc8-decoder.ts';
import { haveSamples, samplesDir } from './samples.ts';

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (i > start || i < bytes.length) lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

const isEacc = (line: Uint8Array): boolean => Buffer.from(line).includes('\x1b$1');

describe.skipIf(!haveSamples)('pymarc MARC-8 test vectors', () => {
  const marc8Lines = haveSamples ? splitLines(new Uint8Array(readFileSync(join(samplesDir, 'pymarc/test_marc8.txt')))) : [];
  const utf8Lines = haveSamples ? readFileSync(join(samplesDir, 'pymarc/test_utf8.txt'), 'utf8').split('\n') : [];

  it('has the 1515 line pairs, 999 of them CJK', () => {
    expect(marc8Lines.length).toBe(1515);
    expect(marc8Lines.filter(isEacc).length).toBe(999);
  });

  it('decodes every non-CJK line (516: Arabic, Hebrew, Latin) exactly as pymarc expects', () => {
    const mismatches = marc8Lines
      .map((line, index) => ({ index, line }))
      .filter(({ line }) => !isEacc(line))
      .map(({ index, line }) => ({ line: index + 1, got: decodeMarc8(line).text, want: utf8Lines[index].normalize('NFC') }))
      .filter(({ got, want }) => got !== want);
    expect(mismatches).toEqual([]);
  });

  it('decodes the 311 Arabic lines with no problem reported', () => {
    const arabic = marc8Lines.filter((line) => Buffer.from(line).includes('\x1b(3'));
    expect(arabic.length).toBe(311);
    expect(arabic.flatMap((line) => decodeMarc8(line).problems)).toEqual([]);
  });

  it('turns the CJK runs into U+FFFD and reports the set, never CJK-looking garbage', () => {
    const decoded = marc8Lines.filter(isEacc).map((line) => decodeMarc8(line));
    expect(decoded.every(({ text, problems }) => text.includes('\uFFFD') && problems.every((p) => p.charset === 'CJK (EACC)'))).toBe(true);
    expect(decoded.some(({ text }) => /[\u3000-\u9fff\uac00-\ud7af]/u.test(text))).toBe(false);
  });
});
