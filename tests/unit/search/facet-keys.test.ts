import { describe, expect, test } from 'vitest';
import { facetWords, scopeKeys, yearRangePrefixes } from '../../../src/shared/search/facet-keys.ts';

describe('yearRangePrefixes', () => {
  test.each<[behaviour: string, from: number, to: number, want: string[]]>([
    ['gives one year for a one-year range', 1998, 1998, ['1998']],
    ['gives a decade prefix for a whole decade', 1990, 1999, ['199']],
    ['gives a century prefix for a whole century', 1900, 1999, ['19']],
    ['covers ragged ends year by year', 1988, 2001, ['1988', '1989', '199', '2000', '2001']],
    ['reads a reversed range the right way round', 2001, 1999, ['1999', '2000', '2001']],
  ])('%s', (_behaviour, from, to, want) => {
    expect(yearRangePrefixes(from, to)).toEqual(want);
  });
});

describe('facet words', () => {
  test('gives a record one word per facet value, the subject also by its main heading', () => {
    expect(facetWords({ libraries: ['squ-main'], languages: ['ara'], format: 'book', year: 1998, subjects: ['عمان -- تاريخ'] }))
      .toEqual(['zzlibsqumain', 'zzlangara', 'zzfmtbook', 'zzy1998', 'zzsubعمانتاريخ', 'zzsubعمان']);
  });

  test('finds a subject typed with other hamza and taa marbuta spellings', () => {
    const [recordWord] = facetWords({ libraries: [], languages: [], format: 'book', subjects: ['المكتبات الوطنية'] }).slice(-1);
    expect(scopeKeys({ subject: 'المكتبات الوطنيه' }).all).toEqual([recordWord]);
  });

  test('asks for every chosen facet and one of the year prefixes', () => {
    expect(scopeKeys({ library: 'squ-main', language: 'ara', format: 'book', yearFrom: 1990, yearTo: 2000 }))
      .toEqual({ all: ['zzlibsqumain', 'zzlangara', 'zzfmtbook'], anyOf: ['zzy199', 'zzy2000'] });
  });

  test('adds nothing for an empty scope', () => {
    expect(scopeKeys({})).toEqual({ all: [], anyOf: [] });
  });
});
