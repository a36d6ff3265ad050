/**
 * Queries nobody chose: words drawn (from a fixed seed) out of the catalogue's titles, one to
 * three of them, some still being typed, some a phrase, some cut in the middle of a word, some
 * scoped to a library or a language. The engine must give what a full scan gives on every one:
 * the ordered top 10, the count when it says it is exact, and an exact ranking (the budget is
 * out of the way). The exactness suite's queries were written with the engine's cases in mind;
 * these were not.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFihrisIndexEngine } from '../../../src/client/search/fihris-index-engine.ts';
import { bruteSearch, differenceFromScan } from './brute-force.ts';
import { baseUrl, diskFetch } from './disk-fetch.ts';
import { randomQueries } from './random-queries.ts';
import { buildSyntheticIndex, type SyntheticIndex } from './synthetic-index.ts';

let index: SyntheticIndex;
beforeAll(async () => {
  index = await buildSyntheticIndex({ records: 8000, tailWords: 6000 }, 'fihris-random-');
}, 120_000);
afterAll(() => index.remove());

describe('random queries', () => {
  test('300 queries drawn from the titles give what a full scan gives', async () => {
    const differing: string[] = [];
    for (const { query, scope } of randomQueries(index.records, 300, 20261127)) {
      const got = await createFihrisIndexEngine({ baseUrl, fetch: diskFetch(index.dir), budgetBytes: 10_000_000 }).search(query, scope);
      const difference = differenceFromScan(got, bruteSearch(index.scan, query, scope));
      if (difference) differing.push(`${JSON.stringify(query)} ${JSON.stringify(scope)}: ${difference}`);
    }
    expect(differing).toEqual([]);
  }, 120_000);
});

