import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toPagefindRecord } from '../../../src/build/pagefind-record.ts';
import { pagefindIndexWord } from '../../../src/shared/search/pagefind-words.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';

const { records } = loadSiteData(fileURLToPath(new URL('../../fixtures/site/', import.meta.url)));
const record = (id: string) => records.find((r) => r.id === id)!;

describe('toPagefindRecord', () => {
  const shared = toPagefindRecord(record('a1b2c3'));
  const words = shared.content.split(' ');
  /** The index terms, each without the tatweel that ends it in Pagefind's index. */
  const terms = words.map((word) => word.slice(0, -1));

  it('ends every word with a tatweel, so that a query can look a word up exactly', () => {
    expect(words.every((word) => word.endsWith('\u0640') && !word.slice(0, -1).includes('\u0640'))).toBe(true);
    expect(words).toContain(pagefindIndexWord('الاوضاع'));
    expect(words).toContain('zzlibsqumain\u0640');
  });

  it('indexes the title as normalised keys, not as catalogued', () => {
    expect(terms).toContain('الاوضاع');
    expect(terms).toContain('الاقتصاديه');
    expect(shared.content).not.toContain('الأوضاع');
  });

  it('indexes names, subjects, series, publisher, ISBN and year', () => {
    for (const word of ['الهاشمي', 'التنميه', 'سلسله', 'الضامري', '9789948000001', '2000', '1421']) expect(terms).toContain(word);
  });

  it('indexes the romanised parallel of a name', () => {
    expect(terms).toContain('hashimi');
  });

  it('keeps the original text for the result card', () => {
    expect(shared.meta).toEqual({ title: 'الأوضاع الاقتصادية في سلطنة عُمان : دراسة تحليلية للفترة 1970-2000', author: 'الهاشمي، سعيد بن محمد', year: '2000' });
  });

  it('filters by every library that holds the record', () => {
    expect(shared.filters).toEqual({ library: ['squ-main', 'nizwa-public'] });
  });

  it('points at the record page relative to the site root', () => {
    expect(shared.url).toBe('r/a1b2c3.html');
  });

  it('puts every record in the one unstemmed language', () => {
    expect(new Set(records.map((r) => toPagefindRecord(r).language))).toEqual(new Set(['und']));
  });

  it('lists each key once', () => {
    expect(new Set(words).size).toBe(words.length);
  });
});
