import { describe, expect, test } from 'vitest';
import { indexTerms, queryRuns, queryTerms } from '../../../src/shared/text/arabic.ts';

describe('indexTerms', () => {
  test.each<[behaviour: string, given: string, want: string[]]>([
    ['indexes a word with its article-less form, stem, singular and skeleton key', 'والكتب', ['والكتب', 'كتب', 'كتاب', 'ktb']],
    ['indexes a Latin word and its English singular', 'Libraries', ['libraries', 'library']],
    ['indexes romanised words folded, with no skeleton', 'Ibn Khaldūn', ['ibn', 'khaldun']],
    ['adds the -at key variant for a final taa marbuta', 'مكتبة', ['مكتبه', 'مكتب', 'mktb', 'mktbt']],
    ['adds the whole-word key of a word with the article', 'التاريخ', ['التاريخ', 'تاريخ', 'تواريخ', 'trkh', 'ltrkh']],
    ['indexes the parts of a ZWNJ compound after the compound', 'کتاب\u200Cخانه', ['كتابخانه', 'كتابخان', 'ktbkhn', 'ktbkhnt', 'كتاب', 'كتب', 'ktb', 'خانه', 'خان', 'khn', 'khnt']],
    ['indexes the other hamza seat', 'مسؤول', ['مسوول', 'msl', 'مسيول']],
    ['gives no key to a function word', 'من', ['من']],
    ['indexes each term once, in first-seen order', 'كتاب كتاب الكتاب', ['كتاب', 'كتب', 'ktb', 'الكتاب', 'lktb']],
    ['indexes a word without its bare clitic و, and a suffixed ت as the ة stem', 'وحضارتها', ['وحضارتها', 'وحضارت', 'حضارتها', 'حضارت', 'حضار', 'وحضار', 'whdrth']],
    ['keeps a bare و that is part of the word, adding the clitic-free form', 'وزارة', ['وزاره', 'وزار', 'زاره', 'زار', 'wzr', 'wzrt']],
    ['does not strip a clitic that would leave fewer than four letters', 'وصف', ['وصف', 'wsf']],
    ['gives nothing for empty text', '', []],
  ])('%s', (_behaviour, given, want) => {
    expect(indexTerms(given)).toEqual(want);
  });
});

describe('queryTerms', () => {
  test('marks the last word as a prefix while it is being typed', () => {
    expect(queryTerms('تاريخ الوزا')).toEqual([
      { word: 'تاريخ', stem: 'تاريخ', prefix: false, skeleton: '' },
      { word: 'الوزا', stem: 'وزا', prefix: true, skeleton: '' },
    ]);
  });

  test('marks no word as a prefix after a trailing space', () => {
    expect(queryTerms('وزارة ').map((term) => term.prefix)).toEqual([false]);
  });

  test('marks no word as a prefix after trailing punctuation', () => {
    expect(queryTerms('وزارة؟').map((term) => term.prefix)).toEqual([false]);
  });

  test('gives Latin words a skeleton and the article none', () => {
    expect(queryTerms('al-Qurʼān ')).toEqual([
      { word: 'al', stem: 'al', prefix: false, skeleton: '' },
      { word: 'quran', stem: 'quran', prefix: false, skeleton: 'krn' },
    ]);
  });

  test('gives nothing for an empty query', () => {
    expect(queryTerms(' ، ')).toEqual([]);
  });
});

describe('queryRuns', () => {
  test('runs Arabic words once, by stem', () => {
    expect(queryRuns(queryTerms('المكتبات عما'))).toEqual([
      [{ key: 'مكتب', prefix: false }, { key: 'عما', prefix: true }],
    ]);
  });

  test('gives the word being typed its typed letters when the stemmer cut its end, in every run', () => {
    expect(queryRuns(queryTerms('السلطان'))).toEqual([[{ key: 'سلط', prefix: true, typed: 'سلطان' }]]);
    expect(queryRuns(queryTerms('tarikh السلطان'))[1]).toEqual([{ key: 'trkh', prefix: false }, { key: 'سلط', prefix: true, typed: 'سلطان' }]);
    expect(queryRuns(queryTerms('books'))[0]).toEqual([{ key: 'book', prefix: true, typed: 'books' }]);
  });

  test('gives a complete word no typed letters', () => {
    expect(queryRuns(queryTerms('السلطان '))).toEqual([[{ key: 'سلط', prefix: false }]]);
  });

  test('adds a skeleton run for a romanised query', () => {
    expect(queryRuns(queryTerms('tarikh uman'))).toEqual([
      [{ key: 'tarikh', prefix: false }, { key: 'uman', prefix: true }],
      [{ key: 'trkh', prefix: false }, { key: 'mn', prefix: true }],
    ]);
  });

  test('leaves the romanised article and function words out of the skeleton run', () => {
    expect(queryRuns(queryTerms('Kitab al-Aghani fi 1990'))[1]).toEqual([
      { key: 'ktb', prefix: false }, { key: 'ghn', prefix: false }, { key: '1990', prefix: true },
    ]);
  });

  test('runs nothing for an empty query', () => {
    expect(queryRuns(queryTerms(''))).toEqual([]);
  });
});
