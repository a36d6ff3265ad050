import { describe, expect, it } from 'vitest';
import { decodeMarc8 } from '../../../src/ingest/decode/marc8-decoder.ts';
import { latin1 } from './iso2709-test-helper.ts';

const ESC = '\x1b';

describe('decodeMarc8', () => {
  const cases: { name: string; given: string; want: string }[] = [
    { name: 'reads plain ASCII as itself', given: 'Muscat, Oman', want: 'Muscat, Oman' },
    { name: 'keeps a space inside an Arabic run as a space', given: `${ESC}(3bVGA GdCSQI${ESC}(B`, want: 'قضاء الأسرة' },
    { name: 'reads Extended Arabic designated into G1 (Persian letters)', given: `${ESC})4\xa9\xb1\xc4\xde${ESC})E`, want: 'پچژگ' },
    { name: 'reads Basic Arabic designated into G1', given: `${ESC})3\xc7\xe4\xc8\xc7\xc8${ESC})E`, want: 'الباب' },
    { name: 'moves a combining diacritic from before its base letter to after it', given: 'caf\xe2e', want: 'café' },
    { name: 'keeps two stacked diacritics in their order', given: '\xe5\xe2e', want: 'ḗ' },
    { name: 'moves an Arabic haraka after its letter', given: `${ESC}(3oenMnqeO${ESC}(B`, want: 'مُحَمَّد' },
    { name: 'reads 0x8E as a zero width non-joiner', given: `${ESC}(3cJGH\x8egG${ESC}(B`, want: 'كتاب\u200Cها' },
    { name: 'reads 0x8D as a zero width joiner', given: `a\x8db`, want: 'a\u200Db' },
    { name: 'reads non-sort begin and end as MARC::Charset does (U+0098, U+009C)', given: '\x88The \x89Book', want: '\u0098The \u009CBook' },
    { name: 'reads a &#x numeric character reference as the character', given: 'yeh &#x06CC;', want: 'yeh ی' },
    { name: 'reads ANSEL alif (0xAE) as U+02BC', given: 'Qur\xaean', want: 'Qurʼan' },
    { name: 'reads a ligature as U+0361 and drops its second half (0xEC)', given: 'd\xebi\xeca', want: 'di\u0361a' },
    { name: 'passes a subfield delimiter in a control field through', given: '000\x1fa9 181', want: '000\x1fa9 181' },
    { name: 'reads ESC s as a return to ASCII', given: `H${ESC}b2${ESC}sO`, want: 'H₂O' },
    { name: 'reads superscripts with ESC p', given: `m${ESC}p2${ESC}s`, want: 'm²' },
    { name: 'reads Greek symbols with ESC g', given: `${ESC}ga${ESC}s-rays`, want: 'α-rays' },
    { name: 'reads Hebrew and Cyrillic', given: `${ESC}(2`.concat('`ax', `${ESC}(B ${ESC}(NMIR${ESC}(B`), want: 'אבר мир' },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => {
      const result = decodeMarc8(latin1(given));
      expect(result.text).toBe(want.normalize('NFC'));
      expect(result.problems).toEqual([]);
    });
  }

  it('replaces a CJK (EACC) run by one U+FFFD and names the set', () => {
    const result = decodeMarc8(latin1(`Title ${ESC}$1\x21\x30\x64\x21\x4e\x48${ESC}(B end`));
    expect(result.text).toBe('Title \uFFFD end');
    expect(result.problems).toEqual([{ kind: 'unsupported-charset', offset: 9, charset: 'CJK (EACC)' }]);
  });

  it('replaces a run in an unknown set by one U+FFFD', () => {
    const result = decodeMarc8(latin1(`${ESC}(Xabc def${ESC}(Bok`));
    expect(result.text).toBe('\uFFFDok');
    expect(result.problems[0]).toMatchObject({ kind: 'unsupported-charset', charset: "unknown set (final byte 'X')" });
  });

  it('reports a broken escape and reads on with the sets in force', () => {
    const result = decodeMarc8(latin1(`ab${ESC}(\x01cd${ESC}`));
    expect(result.text).toBe('ab\uFFFDcd');
    expect(result.problems.map((problem) => [problem.kind, problem.offset])).toEqual([['broken-escape', 2], ['unmapped-byte', 4], ['broken-escape', 7]]);
  });

  it('replaces a byte with no meaning in its set by U+FFFD once per run', () => {
    const result = decodeMarc8(latin1('a\xaf\xbfb'));
    expect(result.text).toBe('a\uFFFDb');
    expect(result.problems).toEqual([{ kind: 'unmapped-byte', offset: 1, charset: 'Extended Latin (ANSEL)', byte: 0xaf }]);
  });

  it('keeps a diacritic that has no base letter after it', () => {
    expect(decodeMarc8(latin1('ab1\xe2')).text).toBe('ab1\u0301');
  });

  it('carries a designation over to the next call when given the same state', () => {
    const state = { g0: 'B', g1: 'E' };
    decodeMarc8(latin1(`${ESC}(3bVGA`), state);
    expect(decodeMarc8(latin1('GdCSQI'), state).text).toBe('الأسرة');
  });
});
