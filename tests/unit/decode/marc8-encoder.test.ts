import { describe, expect, it } from 'vitest';
import { decodeMarc8 } from '../../../src/ingest/decode/marc8-decoder.ts';
import { encodeMarc8 } from '../../../src/ingest/emit/marc8-encoder.ts';

const show = (bytes: Uint8Array): string => Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `<${b.toString(16)}>`)).join('');

describe('encodeMarc8', () => {
  const cases: { name: string; given: string; want: string }[] = [
    { name: 'switches to Basic Arabic in G0 and back, keeping spaces inside the run', given: 'قضاء الأسرة', want: '<1b>(3bVGA GdCSQI<1b>(B' },
    { name: 'puts a combining diacritic before its base letter', given: 'café', want: 'caf<e2>e' },
    { name: 'writes Persian letters from Extended Arabic in G1', given: 'پچ', want: '<1b>)4<a9><b1><1b>)E' },
    { name: 'writes characters MARC-8 lacks as &#x references', given: 'ی', want: '&#x06CC;' },
    { name: 'writes ZWNJ as 0x8E', given: 'ها\u200Cی', want: '<1b>(3gG<8e><1b>(B&#x06CC;' },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => expect(show(encodeMarc8(given))).toBe(want));
  }

  const roundTrips = [
    'قضاء الأسرة : مجلة متخصصة / وزارة العدل.',
    'العدد ١. (يوليوز ٢٠٠٥)- مُحَمَّد',
    'کتاب‌های فارسی: پژوهش، چاپ، گزارش',
    'Taʼrīkh ʻUmān / Sālim al-Siyābī; Łódź, København, Dvořák, ở Việt Nam',
    'a literal &#x41; stays literal',
  ];
  for (const text of roundTrips) {
    it(`round-trips "${text}"`, () => {
      const { text: decoded, problems } = decodeMarc8(encodeMarc8(text));
      expect(decoded).toBe(text.normalize('NFC'));
      expect(problems).toEqual([]);
    });
  }
});
