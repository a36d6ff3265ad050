/** How a reader's query becomes runs of keys (given/want), and the small rules beside it. */
import { describe, expect, test } from 'vitest';
import { chooseCompletions } from '../../../src/shared/search/fihris-index-format.ts';
import { lookupId, plainLookups, planQuery } from '../../../src/client/search/fihris-index-query.ts';
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
    { given: 'تاريخ عم', want: ['⊂ تاريخ عم', 'تاريخ + عم*'] },
    { given: 'الفقه الإسلامي', want: ['⊂ فقه اسلام', 'فقه + اسلام*'] },
    { given: 'شرح ديوان الشعر ', want: ['شرح + ديو + شعر'] },
    { given: 'شرح ديوان الشع', want: ['شرح + ديو + الشع*'] },
    { given: 'tarikh uman ', want: ['⊂ tarikh uman', 'tarikh + uman', 'trkh + mn'] },
    { given: '', want: [] },
  ])('plans $given as $want', ({ given, want }) => {
    expect(keys(given)).toEqual(want);
  });

  test('looks up a last word the stemmer cut by its stem exactly and its typed letters as a prefix', () => {
    const run = planQuery('تاريخ السلطان').find((r) => !r.subset)!;
    expect(run.required).toEqual([{ key: 'تاريخ', prefix: false }, { key: 'سلط', prefix: true, typed: 'سلطان' }]);
    expect(plainLookups(run.required[1])).toEqual([{ key: 'سلط', prefix: false }, { key: 'سلطان', prefix: true }]);
    expect(lookupId(run.required[1])).not.toBe(lookupId({ key: 'سلط', prefix: true }));
  });

  test('adds the library as one more key of every run', () => {
    expect(keys('تاريخ عمان ', 'squ')).toEqual(['⊂ تاريخ عمان + zzlibsqu', 'تاريخ + عمان + zzlibsqu']);
  });

  test('narrows by language, format and subject as more keys: the facet words Pagefind indexes too', () => {
    const [run] = planQuery('تاريخ ', { library: 'squ-main', language: 'ara', format: 'book', subject: 'الشعر العربي' });
    expect(run.required.map((k) => k.key)).toEqual(['تاريخ', 'zzlibsqumain', 'zzlangara', 'zzfmtbook', 'zzsubالشعرالعربي']);
  });

  test.each([
    { given: { yearFrom: 1985, yearTo: 2003 }, want: ['zzy1985', 'zzy1986', 'zzy1987', 'zzy1988', 'zzy1989', 'zzy199', 'zzy2000', 'zzy2001', 'zzy2002', 'zzy2003'] },
    { given: { yearFrom: 2010 }, want: ['zzy201', 'zzy202', 'zzy203', 'zzy204', 'zzy205', 'zzy206', 'zzy207', 'zzy208', 'zzy209', 'zzy21', 'zzy22', 'zzy23', 'zzy24', 'zzy25', 'zzy26', 'zzy27', 'zzy28', 'zzy29'] },
    { given: { yearFrom: 500, yearTo: 600 }, want: [] },
  ])('narrows by the year range $given as one key any of $want satisfies', ({ given, want }) => {
    const [run] = planQuery('تاريخ ', given);
    expect(run.required).toHaveLength(2);
    expect(run.required[1].anyOf).toEqual(want);
  });

  test('lists a library for an empty query with a library', () => {
    expect(keys(' ', 'squ')).toEqual(['zzlibsqu']);
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
    { given: 16, want: 16 },
    { given: 17, want: 16 },
    { given: 22457, want: 2 ** 14.5 },
    { given: 100000, want: 2 ** 16.5 },
    { given: 100086, want: 2 ** 16.5 },
    { given: 66.95, want: 64 },
    { given: 67.14, want: 64 },
    { given: 1049, want: 1024 },
  ])('snaps $given to $want', ({ given, want }) => {
    expect(stableFigure(given)).toBe(want);
  });
});
