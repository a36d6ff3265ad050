import { describe, expect, test } from 'vitest';
import { createVocabulary, editDistance, maxEdits, nearestWords, spelledWords, suggestQueries } from '../../../src/shared/search/suggest.ts';
import { normalizeArabic } from '../../../src/shared/text/arabic.ts';

/** Most frequent first, as the build writes it. */
const vocabulary = createVocabulary([
  'تاريخ', 'عمان', 'مكتبة', 'المكتبات', 'الإسلامي', 'الفقه', 'سلطنة', 'مكتب', 'history', 'Oman', 'literature', 'library', 'libraries', 'قلعة', 'قطعة',
]);

const nearest = (word: string) => nearestWords(vocabulary, normalizeArabic(word)).map((near) => near.spelling);

describe('nearest vocabulary words to a word that matched nothing', () => {
  test.each([
    ['corrects an Arabic word with a letter missing', 'مكبة', ['مكتبة']],
    ['corrects an Arabic word with a letter too many', 'تاريخخ', ['تاريخ']],
    ['corrects an Arabic word with two letters swapped', 'تاريح', ['تاريخ']],
    ['corrects an Arabic word with two neighbouring letters swapped', 'تارخي', ['تاريخ']],
    ['corrects an Arabic word with one letter wrong', 'سلطتة', ['سلطنة']],
    ['corrects two edits in a long word', 'المكبتاتت', ['المكتبات']],
    ['corrects a Latin word with two letters swapped', 'histroy', ['history']],
    ['corrects a Latin word with a letter missing', 'litrature', ['literature']],
    ['corrects a Latin word typed in capitals', 'HISTORI', ['history']],
    ['shows the catalogued spelling, not the normalised key', 'omam', ['Oman']],
    ['suggests nothing when no word is close', 'زمرد', []],
    ['suggests nothing for a word of two letters', 'عم', []],
    ['allows one edit only in a word of five letters', 'مكبتت', []],
  ])('%s: %s', (_behaviour, given, want) => {
    expect(nearest(given)).toEqual(want);
  });

  test('suggests nothing for a word spelt with another hamza, taa marbuta or alef maqsura: it is the same word', () => {
    expect(nearest('الاسلامي')).toEqual([]);
    expect(nearest('مكتبه')).toEqual([]);
    expect(nearest('الإسلامى')).toEqual([]);
  });

  test('orders words at the same distance by frequency, most frequent first', () => {
    // قلعة and قطعة are both one letter from قمعة; قلعة comes first in the vocabulary.
    expect(nearest('قمعة')).toEqual(['قلعة', 'قطعة']);
    expect(nearestWords(createVocabulary(['قطعة', 'قلعة']), normalizeArabic('قمعة')).map((n) => n.spelling)).toEqual(['قطعة', 'قلعة']);
  });

  test('puts a nearer word before a more frequent one', () => {
    expect(nearest('مكتبا')).toEqual(['مكتبة', 'مكتب']);
    expect(nearestWords(vocabulary, 'librarie').map((n) => n.spelling)).toEqual(['libraries', 'library']);
  });
});

describe('edit distance', () => {
  test.each([
    ['equal words', 'كتاب', 'كتاب', 0],
    ['a swap of neighbours counts as one edit', 'كاتب', 'كتاب', 1],
    ['an insertion', 'كتاب', 'كتابب', 1],
    ['a deletion', 'كتاب', 'كتب', 1],
    ['stops past the bound', 'abcdef', 'uvwxyz', 3],
    ['a length difference past the bound', 'ab', 'abcdef', 3],
  ])('%s', (_behaviour, a, b, want) => {
    expect(editDistance(a, b, 2)).toBe(want);
  });

  test.each([[2, 0], [3, 1], [5, 1], [6, 2], [12, 2]])('a word of %i letters may be %i edits away', (length, want) => {
    expect(maxEdits(length)).toBe(want);
  });
});

describe('whole-query suggestions', () => {
  const unmatchedWhenUnknown = (key: string) => !vocabulary.rank.has(key);

  test.each([
    ['replaces the one misspelt word and keeps the others as typed', 'تاريخ عمام', ['تاريخ عمان']],
    ['keeps punctuation and quotes', '"تاريح عمان"', ['"تاريخ عمان"']],
    ['replaces every misspelt word', 'histroy omam', ['history Oman']],
    ['offers nearer alternatives first, then more frequent ones', 'مكتبا', ['مكتبة', 'مكتب']],
    ['leaves out a word found nowhere when another word can be corrected', 'تاريح زمرد', ['تاريخ']],
    ['suggests nothing when no word can be corrected', 'زمرد عمان', []],
    ['suggests nothing when every word is known', 'تاريخ عمان', []],
  ])('%s: %s', (_behaviour, given, want) => {
    expect(suggestQueries(given, vocabulary, unmatchedWhenUnknown)).toEqual(want);
  });

  test('corrects only the words the engine says matched nothing', () => {
    // عمام is taken as a word some record holds (a prefix, a rare word): only تاريح is replaced.
    expect(suggestQueries('تاريح عمام', vocabulary, (key) => key === 'تاريح')).toEqual(['تاريخ عمام']);
  });

  test('offers at most the asked number of queries, fewest edits first', () => {
    const many = createVocabulary(['abcd', 'abce', 'abcf', 'wxyz', 'wxyy', 'wxyq']);
    const got = suggestQueries('abcx wxyk', many, () => true, 5);
    expect(got).toHaveLength(5);
    expect(got[0]).toBe('abcd wxyz');
    expect(new Set(got).size).toBe(5);
  });
});

describe('spelled words', () => {
  test.each([
    ['keeps each word as written beside its key', '«المكتبة» الوطنية', [['المكتبه', 'المكتبة', 1], ['الوطنيه', 'الوطنية', 10]]],
    ['keeps a word the normaliser joins across an apostrophe', "Qur'an", [['quran', "Qur'an", 0]]],
    ['splits a hyphenated name into its words', 'Ibn-Khaldūn', [['ibn', 'Ibn', 0], ['khaldun', 'Khaldūn', 4]]],
    ['gives a word split out of a letter-and-digit run no place in the text', 'c1990', [['c', 'c', undefined], ['1990', '1990', undefined]]],
  ])('%s', (_behaviour, given, want) => {
    expect(spelledWords(given).map((w) => [w.key, w.spelling, w.start])).toEqual(want);
  });
});
