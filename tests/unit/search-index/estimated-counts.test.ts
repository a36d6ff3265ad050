/**
 * The counts the engine estimates ("about N"): when the top 10 is settled before every block is
 * read, the rest of the count comes from the blocks' counts, assuming the words independent. The
 * synthetic catalogue's common title words are drawn independently, so there the estimate must be
 * close to what a full scan counts. Doc ids are spread over two to four times the record count
 * (doc-ids.ts): read as a share of the ids, a word's postings gave estimates of about 0.4 times
 * the scan's for two words at this size.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFihrisIndexEngine } from '../../../src/client/search/fihris-index-engine.ts';
import { planQuery } from '../../../src/client/search/fihris-index-query.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { bruteSearch } from './brute-force.ts';
import { baseUrl, diskFetch } from './disk-fetch.ts';
import { buildSyntheticIndex, type SyntheticIndex } from './synthetic-index.ts';

let index: SyntheticIndex;
beforeAll(async () => {
  index = await buildSyntheticIndex({ records: 30_000, tailWords: 24_000 }, 'fihris-estimates-');
}, 120_000);
afterAll(() => index.remove());

describe('estimated counts', () => {
  test('two common title words: every estimate within 1.5 times the full scan’s count', async () => {
    const words = commonTitleWords(index.records, 17);
    const estimates = await estimatesAgainstScan(words.slice(0, -5).map((word, i) => `${word} ${words[i + 5]} `));
    // Most of these pairs leave blocks unread once their top 10 is certain: the test is not vacuous.
    expect(estimates.length).toBeGreaterThanOrEqual(6);
    expect(estimates.filter(isFar)).toEqual([]);
  });

  test('a word still being typed, whose stem is not its letters: counted once, within 1.5 times the scan’s count', async () => {
    // Its group holds its stem and its letters' completions, which hold nearly the same records:
    // taken as independent, such estimates were about twice the scan's.
    const words = commonTitleWords(index.records, 40);
    const typed = words.filter((word) => planQuery(word).some((run) => run.required.some((lookup) => lookup.typed))).slice(0, 6);
    const estimates = await estimatesAgainstScan(typed.map((word, i) => `${words.filter((other) => other !== word)[i]} ${word}`));
    expect(estimates.length).toBeGreaterThanOrEqual(3);
    expect(estimates.filter(isFar)).toEqual([]);
  });
});

interface Estimate { query: string; estimate: number; scanned: number }

/** Each query's count where the engine labels it an estimate, beside the full scan's. */
async function estimatesAgainstScan(queries: string[]): Promise<Estimate[]> {
  const estimates: Estimate[] = [];
  for (const query of queries) {
    const results = await createFihrisIndexEngine({ baseUrl, fetch: diskFetch(index.dir), budgetBytes: 10_000_000 }).search(query, {});
    if (!results.totalIsExact) estimates.push({ query, estimate: results.total, scanned: bruteSearch(index.scan, query, {}).total });
  }
  return estimates;
}

function isFar({ estimate, scanned }: Estimate): boolean {
  return estimate > scanned * 1.5 || estimate < scanned / 1.5;
}

/** The most frequent Arabic words of the first titles, most frequent first. */
function commonTitleWords(all: UnionRecord[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const record of all.slice(0, 3000)) {
    const words = record.description.title.proper.split(/\s+/).filter((word) => /^[\u0621-\u064A]{3,}$/.test(word));
    for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([word]) => word);
}
