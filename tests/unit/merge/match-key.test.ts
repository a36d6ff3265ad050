import { describe, expect, it } from 'vitest';
import { editionNumber } from '../../../src/ingest/merge/edition-number.ts';
import { isbn13 } from '../../../src/ingest/merge/identifier-keys.ts';
import { authorsAgree, authorWords } from '../../../src/ingest/merge/name-key.ts';
import { titleKey } from '../../../src/ingest/merge/title-key.ts';
import { yearsAgree } from '../../../src/ingest/merge/year-key.ts';
import { describe as description } from '../../fixtures/merge/describe.ts';

describe('editionNumber', () => {
  const cases: Array<{ given: string | undefined; want: number | undefined }> = [
    { given: 'ط. 2', want: 2 },
    { given: 'ط2', want: 2 },
    { given: 'ط. ٣', want: 3 },
    { given: 'الطبعة الثانية', want: 2 },
    { given: 'الطبعه الاولى، مزيدة ومنقحة', want: 1 },
    { given: '2nd ed.', want: 2 },
    { given: 'Second edition, revised', want: 2 },
    { given: 'ط. 1، 1999', want: 1 },
    { given: 'طبعة جديدة', want: undefined },
    { given: undefined, want: undefined },
  ];
  it.each(cases)('reads $given as $want', ({ given, want }) => {
    expect(editionNumber(given)).toBe(want);
  });
});

describe('titleKey', () => {
  const cases = [
    { name: 'folds hamza, taa marbuta and tashkeel', given: { proper: 'تُحفة الأعيان' }, want: { title: 'تحفه اعيان', part: '' } },
    { name: 'drops a subtitle keyed into the title proper', given: { proper: 'تاريخ عمان : دراسة' }, want: { title: 'تاريخ عمان', part: '' } },
    { name: 'drops ISBD punctuation and brackets', given: { proper: '[تاريخ عمان] /' }, want: { title: 'تاريخ عمان', part: '' } },
    { name: 'reads the part number from $n', given: { proper: 'بيان الشرع', partNumber: 'ج. 2' }, want: { title: 'بيان شرع', part: '2' } },
    { name: 'reads a written-out part number', given: { proper: 'بيان الشرع', partNumber: 'الجزء الثاني' }, want: { title: 'بيان شرع', part: '2' } },
    { name: 'moves a volume left in the title proper into the part', given: { proper: 'بيان الشرع. ج. 2' }, want: { title: 'بيان شرع', part: '2' } },
    { name: 'reads "v. 3" as part 3', given: { proper: 'The history of Oman', partNumber: 'v. 3' }, want: { title: 'history of oman', part: '3' } },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(titleKey({ variants: [], ...given })).toEqual(want);
  });
});

describe('authorWords and authorsAgree', () => {
  it('gives the same words for a name filed surname first and given name first', () => {
    expect(authorWords(description({ author: 'السيابي، سالم بن حمود' })))
      .toEqual(authorWords(description({ author: 'سالم بن حمود السيابي' })));
  });

  it('reads "عبد الله" and "عبدالله" as one name word', () => {
    expect(authorWords(description({ author: 'عبد الله السالمي' }))).toEqual(['سالمي', 'عبدالله']);
    expect(authorWords(description({ author: 'عبدالله السالمي' }))).toEqual(['سالمي', 'عبدالله']);
  });

  it('falls back on the statement of responsibility when no author is coded', () => {
    expect(authorWords(description({ title: { proper: 'ديوان', responsibility: 'تأليف سالم بن حمود السيابي' } })))
      .toEqual(['حمود', 'سالم', 'سيابي']);
  });

  const cases = [
    { given: [['سالم', 'سيابي'], ['حمود', 'سالم', 'سيابي']], want: true },
    { given: [['حمود', 'سالم', 'سيابي'], ['حمود', 'سالم', 'سيابي']], want: true },
    { given: [['سيابي'], ['حمود', 'سالم', 'سيابي']], want: false },
    { given: [['خليلي', 'خلفان', 'سعيد'], ['بهلاني', 'سالم', 'ناصر']], want: false },
    { given: [[], ['سالم', 'سيابي']], want: false },
    { given: [[], []], want: true },
  ];
  it.each(cases)('authorsAgree($given) is $want', ({ given, want }) => {
    expect(authorsAgree(given[0], given[1])).toBe(want);
  });
});

describe('yearsAgree', () => {
  const cases = [
    { name: 'equal Gregorian years agree', a: { gregorian: 1999, fuzzy: false }, b: { gregorian: 1999, fuzzy: false }, want: true },
    { name: 'a year apart without a Hijri date do not', a: { gregorian: 1999, fuzzy: false }, b: { gregorian: 2000, fuzzy: false }, want: false },
    { name: 'a year apart when one came from a Hijri date do', a: { gregorian: 2000, hijri: 1420, fuzzy: true }, b: { gregorian: 1999, fuzzy: false }, want: true },
    { name: 'two years apart never do', a: { gregorian: 2001, hijri: 1421, fuzzy: true }, b: { gregorian: 1999, fuzzy: false }, want: false },
    { name: 'a missing year agrees with any', a: { fuzzy: false }, b: { gregorian: 1965, fuzzy: false }, want: true },
  ];
  it.each(cases)('$name', ({ a, b, want }) => {
    expect(yearsAgree(a, b)).toBe(want);
  });
});

describe('isbn13', () => {
  it.each([
    { given: '9789948000013', want: '9789948000013' },
    { given: '978-9948-00001-3', want: '9789948000013' },
    { given: '994-800001-3', want: '9789948000013' },
    { given: '0-14-044913-9', want: '9780140449136' },
    { given: 'not an isbn', want: undefined },
  ])('reads $given as $want', ({ given, want }) => {
    expect(isbn13(given)).toBe(want);
  });
});
