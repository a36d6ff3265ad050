/**
 * A built site's own index against a brute-force scan of its union records: each query run by the
 * browser's engine over the index files on disk (a budget too large to stop it) and by the scan.
 * Prints each query whose answer differs (differenceFromScan); the answers are returned for the
 * caller's own figures. What scripts/check-random-queries.ts and check-rare-word-queries.ts share.
 */
import { join } from 'node:path';
import { createFihrisIndexEngine, type FihrisSearchResults } from '../../src/client/search/fihris-index-engine.ts';
import type { FacetScope } from '../../src/shared/search/facet-keys.ts';
import { bruteSearch, differenceFromScan, type BruteForce } from '../../tests/unit/search-index/brute-force.ts';
import { baseUrl, diskFetch } from '../../tests/unit/search-index/disk-fetch.ts';

export interface Answered {
  got: FihrisSearchResults;
  want: { total: number; top: string[] };
}

/** @example const { differ, answers } = await siteIndexAgainstScan('bench-out/work-100000/build', scan, [{ query: 'تاريخ عمان', scope: {} }]); */
export async function siteIndexAgainstScan(site: string, scan: BruteForce, queries: Iterable<{ query: string; scope: FacetScope }>): Promise<{ differ: number; answers: Answered[] }> {
  let differ = 0;
  const answers: Answered[] = [];
  for (const { query, scope } of queries) {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(join(site, 'fihris-index')), budgetBytes: 10_000_000 });
    const got = await engine.search(query, scope);
    const want = bruteSearch(scan, query, scope);
    const difference = differenceFromScan(got, want);
    if (difference) {
      differ++;
      console.log(`differs: ${JSON.stringify(query)} ${JSON.stringify(scope)}: ${difference}`);
    }
    answers.push({ got, want });
  }
  return { differ, answers };
}
