/**
 * The fihris index of a built site against a brute-force scan of the same union records, on
 * seeded random queries (tests/unit/search-index/random-queries.ts: one to three title words,
 * some still being typed, some a phrase, some scoped). Prints every query whose top 10 or exact
 * count differs, and how far the counts labelled "about" are from the scan's.
 *
 *   node --max-old-space-size=8000 scripts/check-random-queries.ts <built site> [count=300] [seed=20261127]
 * e.g. the benchmark's bench-out/work-100000/build (its data/union.jsonl and fihris-index/).
 */
import { join, resolve } from 'node:path';
import { readUnionRecords } from '../src/site/site-data.ts';
import { scanRecords } from '../tests/unit/search-index/brute-force.ts';
import { randomQueries } from '../tests/unit/search-index/random-queries.ts';
import { siteIndexAgainstScan } from './shared/site-index-against-scan.ts';

const site = resolve(process.argv[2] ?? 'bench-out/work-100000/build');
const count = Number(process.argv[3] ?? 300);
const seed = Number(process.argv[4] ?? 20261127);
const records = readUnionRecords(join(site, 'data', 'union.jsonl'));
const scan = await scanRecords(records);

const { differ, answers } = await siteIndexAgainstScan(site, scan, randomQueries(records, count, seed));
const estimateErrors = answers.flatMap(({ got, want }) => (!got.totalIsExact && want.total > 0 ? [Math.abs(Math.log2(got.total / want.total))] : []));
estimateErrors.sort((a, b) => a - b);
const within = (factor: number) => estimateErrors.filter((error) => error <= Math.log2(factor)).length;
console.log(`${count} random queries (seed ${seed}) over ${records.length} union records: ${differ} differ from the scan`);
console.log(`${estimateErrors.length} counts labelled "about": median |log2(count/scan)| ${(estimateErrors[Math.floor(estimateErrors.length / 2)] ?? 0).toFixed(2)}; within 1.5x ${within(1.5)}, within 2x ${within(2)}`);
