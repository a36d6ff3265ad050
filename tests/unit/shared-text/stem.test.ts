import { describe, expect, test } from 'vitest';
import { lightStem, stripArticle } from '../../../src/shared/text/arabic.ts';

const cases: Array<[behaviour: string, given: string, want: string]> = [
  ['strips the article', 'الكتاب', 'كتاب'],
  ['strips wa-al', 'والكتاب', 'كتاب'],
  ['strips bi-al and a taa marbuta', 'بالمكتبه', 'مكتب'],
  ['strips ka-al', 'كالبحر', 'بحر'],
  ['strips fa-al', 'فالعلم', 'علم'],
  ['strips li-l', 'للطباعه', 'طباع'],
  ['strips wa-li-l', 'وللطباعه', 'طباع'],
  ['strips wa-bi-al', 'وبالتالي', 'تال'],
  ['never strips a bare waw', 'وزاره', 'وزار'],
  ['never strips a bare faa', 'فهرس', 'فهرس'],
  ['never strips a bare baa', 'بطوطه', 'بطوط'],
  ['strips -ها', 'كتابها', 'كتاب'],
  ['strips -ات', 'مكتبات', 'مكتب'],
  ['strips -ون', 'مسلمون', 'مسلم'],
  ['strips -ين', 'مسلمين', 'مسلم'],
  ['strips -يه', 'العمانيه', 'عمان'],
  ['strips -ي', 'العربي', 'عرب'],
  ['strips at most one suffix', 'مكتباتها', 'مكتبات'],
  ['strips -ان from بنيان down to three letters', 'البنيان', 'بني'],
  ['keeps بيان whole: -ان would leave two letters', 'البيان', 'بيان'],
  ['never stems a three-letter word', 'كتب', 'كتب'],
  ['never leaves two letters: بنات stays', 'بنات', 'بنات'],
  ['never leaves two letters: عمان stays', 'عمان', 'عمان'],
  ['keeps the article of a short word and its ending', 'الله', 'الله'],
  ['makes a regular English plural singular', 'books', 'book'],
  ['makes an English -ies plural singular', 'libraries', 'library'],
  ['keeps the s of names ending in -as -us -is', 'abbas qabus idris', 'abbas qabus idris'],
  ['keeps the s of -ss words', 'press', 'press'],
  ['leaves short Latin words alone', 'bus', 'bus'],
  ['leaves digits alone', '1990s', '1990s'],
];

describe('lightStem', () => {
  test.each(cases)('%s', (_behaviour, given, want) => {
    expect(given.split(' ').map(lightStem).join(' ')).toBe(want);
  });
});

describe('stripArticle', () => {
  test.each([
    ['removes wa-al', 'والكتاب', 'كتاب'],
    ['leaves a word that only starts like a clitic', 'وزاره', 'وزاره'],
    ['leaves الله: two letters would remain', 'الله', 'الله'],
    ['leaves فلل (villas): nothing would remain', 'فلل', 'فلل'],
  ])('%s', (_behaviour, given, want) => {
    expect(stripArticle(given)).toBe(want);
  });
});
