/**
 * The engine, run over the real index files, against a brute-force scan of the same records:
 * same exact counts and the same ordered top 10 on every query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFihrisIndexEngine, type FihrisEngine } from '../../../src/client/search/fihris-index-engine.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { buildFihrisIndex } from '../../../src/search-index/build-index.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';
import { bruteSearch, scanRecords, type BruteForce } from './brute-force.ts';
import { baseUrl, diskFetch } from './disk-fetch.ts';

const queries: [string, string?][] = [
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
  // scoped by library
  ['تاريخ ', 'lib01'], ['الفقه ', 'lib02'], ['تاريخ عمان ', 'lib01'], ['مكت', 'lib03'], ['history ', 'lib01'], ['', 'lib05'],
  ['', 'lib01'], ['شرح ديوان ', 'lib01'], ['دليل ', 'lib20'],
  // phrases and romanised
  ['"الفقه الإسلامي"'], ['"تاريخ عمان"'], ['"شرح ديوان" الشعر '], ['tarikh uman '], ['ibn khaldun '], ['al-tarikh '],
  // nothing
  ['xyzqq '], ['تاريخ xyzqq '],
];

describe('fihris index exactness on 5,000 synthetic records', () => {
  let dir: string;
  let engine: FihrisEngine;
  let scan: BruteForce;

  beforeAll(async () => {
    const records: UnionRecord[] = [...syntheticUnionRecords({ records: 5000, tailWords: 4000 })];
    dir = mkdtempSync(join(tmpdir(), 'fihris-index-'));
    await buildFihrisIndex(records, { outDir: dir });
    engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir), budgetBytes: 10_000_000 });
    scan = await scanRecords(records);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('runs at least 50 queries', () => expect(queries.length).toBeGreaterThanOrEqual(50));

  test.each(queries)('finds the same top 10 and count as a full scan for %j in %s', async (query, library) => {
    const want = bruteSearch(scan, query, library);
    const got = await engine.search(query, { library });
    expect(got.rankingIsExact).toBe(true);
    expect(got.hits.map((hit) => hit.url)).toEqual(want.top);
    if (got.totalIsExact) expect(got.total).toBe(want.total);
    else expect(got.total).toBeGreaterThanOrEqual(Math.min(want.total, 10));
  });
});
