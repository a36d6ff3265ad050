/** How a reader's query becomes runs of keys (given/want), and the small rules beside it. */
import { describe, expect, test } from 'vitest';
import { chooseCompletions } from '../../../src/shared/search/fihris-index-format.ts';
import { planQuery } from '../../../src/client/search/fihris-index-query.ts';
import { stableFigure } from '../../../src/search-index/scoring.ts';

const keys = (query: string, library?: string) => planQuery(query, { library }).map((run) => `${run.subset ? '⊂ ' : ''}${run.required.map((k) => k.key + (k.prefix ? '*' : '')).join(' + ')}`);

describe('planQuery', () => {
  test.each([
    { given: 'تاريخ ', want: ['تاريخ'] },
    { given: 'تاريخ', want: ['تاريخ*'] },
    { given: 'الفقه الإسلامي ', want: ['⊂ فقه اسلام', 'فقه + اسلام'] },
    { given: '"الفقه الإسلامي"', want: ['فقه اسلام'] },
    { given: '"شرح ديوان الشعر"', want: ['شرح ديو + ديو شعر'] },
    { given: '"الفقه الإسلا', want: ['فقه + اسلا*'] },
    { given: 'تاريخ عم', want: ['تاريخ + عم*'] },
    { given: 'شرح ديوان الشعر ', want: ['شرح + ديو + شعر'] },
    { given: 'tarikh uman ', want: ['⊂ tarikh uman', 'tarikh + uman', 'trkh + mn'] },
    { given: '', want: [] },
  ])('plans $given as $want', ({ given, want }) => {
    expect(keys(given)).toEqual(want);
  });

  test('adds the library as one more key of every run', () => {
    expect(keys('تاريخ عمان ', 'squ')).toEqual(['⊂ تاريخ عمان + lib:squ', 'تاريخ + عمان + lib:squ']);
  });

  test('narrows by language and format as more keys', () => {
    expect(planQuery('تاريخ ', { library: 'squ', language: 'ara', format: 'book' })[0].required.map((k) => k.key)).toEqual(['تاريخ', 'lib:squ', 'lang:ara', 'fmt:book']);
  });

  test('lists a library for an empty query with a library', () => {
    expect(keys(' ', 'squ')).toEqual(['lib:squ']);
  });
});

describe('chooseCompletions', () => {
  test('puts the typed word first, then the most frequent completions', () => {
    const candidates = [{ term: 'مكتب', df: 1 }, { term: 'مكتبه', df: 50 }, { term: 'مكتبات', df: 70 }, { term: 'مكتوب', df: 50 }];
    expect(chooseCompletions(candidates, 'مكتب')).toEqual(['مكتب', 'مكتبات', 'مكتبه', 'مكتوب']);
  });

  test('keeps at most eight', () => {
    const candidates = Array.from({ length: 20 }, (_, i) => ({ term: `ab${i}`, df: i }));
    expect(chooseCompletions(candidates, 'ab')).toHaveLength(8);
  });
});

describe('stableFigure', () => {
  test.each([
    { given: 8, want: 8 },
    { given: 99, want: 99 },
    { given: 22457, want: 22000 },
    { given: 100086, want: 100000 },
    { given: 96.4, want: 96.4 },
    { given: 1049, want: 1000 },
  ])('rounds $given to $want', ({ given, want }) => {
    expect(stableFigure(given)).toBe(want);
  });
});
