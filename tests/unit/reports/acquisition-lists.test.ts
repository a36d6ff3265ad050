import { describe, expect, test } from 'vitest';
import { acquisitionClasses, acquisitionIndex, acquisitionLists, lackingTitles, onlyHereTitles } from '../../../src/reports/acquisition-lists.ts';
import { distributionKeys, keyLabel, percent } from '../../../src/reports/distribution-rows.ts';
import { computeReports } from '../../../src/reports/compute-reports.ts';
import { records, smallConsortium } from '../../fixtures/reports/small-consortium.ts';

const index = acquisitionIndex(records);
const ids = (entries: Array<{ record: { id: string } }>) => entries.map((entry) => entry.record.id);

describe('acquisition lists of the small consortium', () => {
  test('list what others hold in a class and the library lacks, most widely held first', () => {
    expect(ids(lackingTitles(index, 'nzw-d', '200'))).toEqual(['r1', 'r2', 'r9']);
    expect(ids(lackingTitles(index, 'mct-b', '900'))).toEqual(['r7']);
  });

  test('list what only the library holds in a class', () => {
    expect(ids(onlyHereTitles(index, 'mct-a', '300'))).toEqual(['r3']);
    expect(ids(onlyHereTitles(index, 'nzw-d', '900'))).toEqual(['r7']);
    expect(ids(onlyHereTitles(index, 'nzw-c', '200'))).toEqual([]);
  });

  test('put titles without a Dewey number under "none"', () => {
    expect(ids(lackingTitles(index, 'mct-a', 'none'))).toEqual(['r6']);
  });

  test.each([1, 2, 500])('count a page\'s lists in full and show their first %i, as the full lists have them', (limit) => {
    for (const code of new Set(records.flatMap((r) => r.holdings.map((h) => h.libraryCode)))) {
      for (const deweyClass of acquisitionClasses) {
        const { lacking, onlyHere } = acquisitionLists(index, code, deweyClass, limit);
        const fullLacking = lackingTitles(index, code, deweyClass);
        const fullOnlyHere = onlyHereTitles(index, code, deweyClass);
        expect([lacking.count, ids(lacking.shown)]).toEqual([fullLacking.length, ids(fullLacking.slice(0, limit))]);
        expect([onlyHere.count, ids(onlyHere.shown)]).toEqual([fullOnlyHere.length, ids(fullOnlyHere.slice(0, limit))]);
      }
    }
  });
});

describe('distribution rows', () => {
  const { collection } = computeReports(smallConsortium());

  test('list all ten main classes, empty ones too, then the unclassified', () => {
    expect(distributionKeys('hundreds', collection.hundreds)).toEqual(['000', '100', '200', '300', '400', '500', '600', '700', '800', '900', 'none']);
  });

  test('list decades in order and languages by count', () => {
    expect(distributionKeys('decades', collection.decades)).toEqual(['1980', '1990', '2000', '2010', 'none']);
    expect(distributionKeys('languages', collection.languages)).toEqual(['ara', 'eng']);
  });

  test.each([
    { kind: 'tens', key: '290', lang: 'en', want: '290 Other religions' },
    { kind: 'hundreds', key: 'none', lang: 'ar', want: 'بلا رقم ديوي' },
    { kind: 'lc', key: 'B', lang: 'en', want: 'B Philosophy, psychology, religion' },
    { kind: 'languages', key: 'ara', lang: 'ar', want: 'العربية' },
    { kind: 'decades', key: '1990', lang: 'en', want: '1990–1999' },
    { kind: 'formats', key: 'serial', lang: 'en', want: 'Serial' },
  ] as const)('names $kind $key in $lang as $want', ({ kind, key, lang, want }) => {
    expect(keyLabel(kind, key, lang)).toBe(want);
  });

  test('writes shares as percentages with one decimal', () => {
    expect(percent(5 / 6)).toBe('83.3%');
    expect(percent(1)).toBe('100.0%');
  });
});
