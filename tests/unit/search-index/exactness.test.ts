/**
 * The engine, run over the real index files, against a brute-force scan of the same records:
 * same exact counts and the same ordered top 10 on every query.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFihrisIndexEngine, type FihrisEngine } from '../../../src/client/search/fihris-index-engine.ts';
import type { FacetScope } from '../../../src/shared/search/facet-keys.ts';
import { bruteSearch, type BruteForce } from './brute-force.ts';
import { baseUrl, diskFetch } from './disk-fetch.ts';
import { buildSyntheticIndex, type SyntheticIndex } from './synthetic-index.ts';

const lib = (library: string): FacetScope => ({ library });

const queries: [string, FacetScope?][] = [
  // one word, complete (trailing space ends the word)
  ['تاريخ '], ['عمان '], ['الأدب '], ['الفقه '], ['مكتبة '], ['المكتبات '], ['ديوان '], ['شرح '], ['history '], ['oman '],
  ['libraries '], ['البنيان '], ['البيان '], ['كتب '], ['1990 '], ['نزوى '],
  // two words
  ['تاريخ عمان '], ['الفقه الإسلامي '], ['شرح ديوان '], ['دراسة التراث '], ['islamic law '], ['معجم اللغة '], ['سيرة أهل '],
  ['مسقط البحر '], ['history oman '], ['الشعر العربية '], ['تاريخ 1990 '],
  // three words
  ['تاريخ عمان الحديث '], ['الفقه الإسلامي المعاصر '], ['شرح ديوان الشعر '], ['دليل المكتبات العربية '], ['islamic law studies '],
  // prefixes (still typing the last word), و ف ب included
  ['مكت'], ['تار'], ['وزا'], ['فهر'], ['بطو'], ['تاريخ عم'], ['الفقه الإس'], ['his'], ['والتا'], ['ال'], ['م'],
  // a last word the stemmer cut (المكتبات → مكتب): its stem exactly, its typed letters as a prefix
  ['المكتبات'], ['البنيان'], ['libraries'], ['تاريخ المكتبات'], ['tarikh المكتبات'],
  // scoped by library
  ['تاريخ ', lib('lib01')], ['الفقه ', lib('lib02')], ['تاريخ عمان ', lib('lib01')], ['مكت', lib('lib03')], ['history ', lib('lib01')],
  ['', lib('lib05')], ['', lib('lib01')], ['شرح ديوان ', lib('lib01')], ['دليل ', lib('lib20')],
  // scoped, the word still being typed: its completions' scoped lists
  ['تاريخ', lib('lib01')], ['تار', lib('lib02')], ['الفق', lib('lib01')], ['كت', { language: 'ara' }], ['his', { language: 'eng' }],
  ['مكتبة', { format: 'book' }], ['المكتبات', lib('lib01')], ['المكتبات', { language: 'ara' }],
  // scoped by language and format
  ['history ', { language: 'eng' }], ['تاريخ ', { language: 'eng' }], ['', { format: 'map' }], ['عمان ', { format: 'serial', library: 'lib01' }],
  // scoped by a year range: single years, decades and centuries, open at either end
  ['تاريخ ', { yearFrom: 1990, yearTo: 1999 }], ['تاريخ ', { yearFrom: 1985, yearTo: 2003 }], ['', { yearFrom: 2010 }],
  ['', { yearTo: 1955 }], ['الفقه الإسلامي ', { yearFrom: 1960, yearTo: 1960 }], ['مكت', { yearFrom: 2000, library: 'lib01' }],
  ['"تاريخ عمان"', { yearFrom: 1950, yearTo: 2024 }], ['تاريخ ', { yearFrom: 1800, yearTo: 1900 }],
  // scoped by a subject, by its main heading, with other spellings, and with everything at once
  ['', { subject: 'الفقه' }], ['', { subject: 'الفقه -- تاريخ' }], ['history ', { subject: 'oman' }], ['', { subject: 'عُمان' }], ['عمان ', { subject: 'الشعر' }],
  ['تاريخ ', { subject: 'الشعر', library: 'lib01', language: 'ara', format: 'book', yearFrom: 1970, yearTo: 2010 }],
  // phrases and romanised
  ['"الفقه الإسلامي"'], ['"تاريخ عمان"'], ['"شرح ديوان" الشعر '], ['tarikh uman '], ['ibn khaldun '], ['al-tarikh '],
  // nothing
  ['xyzqq '], ['تاريخ xyzqq '],
  // Two words as the search page sends them, without a trailing space: the second is still being typed.
  ['تاريخ عمان'], ['الفقه الإسلامي'], ['شرح ديوان'],
];

describe('fihris index exactness on 5,000 synthetic records', () => {
  let index: SyntheticIndex;
  let engine: FihrisEngine;
  let scan: BruteForce;

  beforeAll(async () => {
    index = await buildSyntheticIndex({ records: 5000, tailWords: 4000 }, 'fihris-index-');
    engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(index.dir), budgetBytes: 10_000_000 });
    scan = index.scan;
  }, 60_000);
  afterAll(() => index.remove());

  test('runs at least 50 queries', () => expect(queries.length).toBeGreaterThanOrEqual(50));

  test('has scopes that narrow and scopes that match', () => {
    const scoped = queries.filter(([, scope]) => scope?.yearFrom !== undefined || scope?.yearTo !== undefined || scope?.subject);
    // An empty query with no scope finds nothing, so there the whole catalogue is what a scope narrows.
    const narrowing = scoped.filter(([query, scope]) => {
      const inScope = bruteSearch(scan, query, scope!).total;
      return inScope > 0 && inScope < (query.trim() ? bruteSearch(scan, query, {}).total : scan.docs.length);
    });
    expect(narrowing.length).toBeGreaterThanOrEqual(10);
  });

  test.each([['الفقه الإسلامي', 'فقه اسلام'], ['تاريخ عمان', 'تاريخ عمان'], ['شرح ديوان', 'شرح ديو']])(
    'ranks the records with %j side by side in a title first, also with the second word still being typed', async (query, pair) => {
      const sideBySide = new Set(scan.docs.filter((doc) => doc.impacts.has(pair)).map((doc) => doc.url));
      const first = (await engine.search(query, {})).hits.slice(0, sideBySide.size).map((hit) => hit.url);
      expect(first.length).toBeGreaterThan(0);
      expect(first.filter((url) => !sideBySide.has(url))).toEqual([]);
    });

  test.each(queries)('finds the same top 10 and count as a full scan for %j in %j', async (query, scope = {}) => {
    const want = bruteSearch(scan, query, scope);
    const got = await engine.search(query, scope);
    expect(got.rankingIsExact).toBe(true);
    expect(got.hits.map((hit) => hit.url)).toEqual(want.top);
    if (got.totalIsExact) expect(got.total).toBe(want.total);
    else expect(got.total).toBeGreaterThanOrEqual(Math.min(want.total, 10));
  });
});
