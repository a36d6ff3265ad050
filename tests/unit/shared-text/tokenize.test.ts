import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/shared/text/arabic.ts';

const cases: Array<[behaviour: string, given: string, want: string[]]> = [
  ['normalises, then splits at spaces and punctuation', 'Taʼrīkh al-ʻUmān، ٢٠٠٥', ['tarikh', 'al', 'uman', '2005']],
  ['splits at hyphens', 'al-Tarikh al-hadith', ['al', 'tarikh', 'al', 'hadith']],
  ['keeps a hyphenated ISBN-13 as one word', 'ISBN 978-9953-68-123-4', ['isbn', '9789953681234']],
  ['keeps a hyphenated ISBN-10 ending in X as one word', '0-8044-2957-X (pbk.)', ['080442957x', 'pbk']],
  ['keeps an unhyphenated ISBN-10 ending in X as one word', '080442957X', ['080442957x']],
  ['keeps an ISBN being typed after its 978 prefix as one word', '978-9953', ['9789953']],
  ['splits a year range', '1990-2000', ['1990', '2000']],
  ['splits an ISSN (8 digits, like a year range)', '0028-0836', ['0028', '0836']],
  ['splits digits from letters', 'c1990 2nd', ['c', '1990', '2', 'nd']],
  ['keeps Arabic words whole', 'تاريخ عمان الحديث', ['تاريخ', 'عمان', 'الحديث']],
  ['joins a ZWNJ compound', 'کتاب\u200Cخانه', ['كتابخانه']],
  ['splits Arabic words at Arabic punctuation', 'عمان،مسقط', ['عمان', 'مسقط']],
  ['keeps letters of other scripts', 'Москва 東京', ['москва', '東京']],
  ['gives nothing for punctuation only', ' -- ؟ ', []],
];

describe('tokenize', () => {
  test.each(cases)('%s', (_behaviour, given, want) => {
    expect(tokenize(given)).toEqual(want);
  });
});
