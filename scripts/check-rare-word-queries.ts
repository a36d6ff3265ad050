/**
 * The fihris index of a built site against a brute-force scan of the same union records, on
 * queries with a rare title word (in 9 to 30 records) beside the catalogue's commonest title
 * words: three words, a prefix last, and a library scope. Prints every query whose top 10 or
 * exact count differs, and the mean bytes the engine downloaded (uncompressed).
 *
 *   node --max-old-space-size=8000 scripts/check-rare-word-queries.ts <built site> [library=uni-muscat-01]
 * e.g. the benchmark's bench-out/work-100000/build (its data/union.jsonl and fihris-index/).
 */
import { join, resolve } from 'node:path';
import type { FacetScope } from '../src/shared/search/facet-keys.ts';
import { readUnionRecords } from '../src/site/site-data.ts';
import { bruteSearch, scanRecords } from '../tests/unit/search-index/brute-force.ts';
import { siteIndexAgainstScan } from './shared/site-index-against-scan.ts';

const site = resolve(process.argv[2] ?? 'bench-out/work-100000/build');
const library = process.argv[3] ?? 'uni-muscat-01';
const records = readUnionRecords(join(site, 'data', 'union.jsonl'));
const scan = await scanRecords(records);

const titleCounts = new Map<string, number>();
for (const record of records) {
  for (const word of new Set((record.description?.title?.proper ?? '').split(/[\s:/.،,;]+/))) {
    if (/^[\u0621-\u064A]{4,}$/.test(word)) titleCounts.set(word, (titleCounts.get(word) ?? 0) + 1);
  }
}
const common = [...titleCounts].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([word]) => word);
const rare: string[] = [];
for (const [word, count] of titleCounts) {
  if (rare.length === 25) break;
  const df = count >= 9 && count <= 30 ? bruteSearch(scan, `${word} `, {}).total : 0;
  if (df > 8 && df <= 32) rare.push(word);
}
const queries: [string, FacetScope][] = rare.flatMap((word, i): [string, FacetScope][] => [
  [`${word} ${common[i % 40]} ${common[(i * 7 + 3) % 40]} `, {}],
  [`${common[(i * 3) % 40]} ${word} ${common[(i * 5 + 1) % 40]}`, {}],
  [`${word} ${common[i % 40]} `, { library }],
]);

const { differ, answers } = await siteIndexAgainstScan(site, scan, queries.map(([query, scope]) => ({ query, scope })));
const bytes = answers.reduce((sum, { got }) => sum + got.cost.bytes, 0);
console.log(`${queries.length} queries with a rare word over ${records.length} union records: ${differ} differ from the scan; mean ${(bytes / queries.length / 1024).toFixed(1)} KB downloaded`);
