/**
 * The page renderer's cache keys over a staged site-data folder (union.jsonl, libraries.json):
 * what a rebuild's thread computes for every page before it renders or links it.
 * Usage: node scripts/bench-page-keys.ts bench-out/work-100000/site-data
 */
import { listingPageJobs } from '../src/build/page-renderer/listing-page-jobs.ts';
import { recordJobs } from '../src/build/page-renderer/record-page-jobs.ts';
import { loadSiteData } from '../src/site/site-data.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/bench-page-keys.ts <site-data folder>');
  process.exit(2);
}
const site = loadSiteData(folder);
let started = performance.now();
for (const record of site.records) for (const job of recordJobs(record, site)) job.contentHash();
console.log(`record pages' keys: ${site.records.length} records in ${((performance.now() - started) / 1000).toFixed(2)} s`);
started = performance.now();
// The acquisition pages too, one per library and Dewey class, as the build lists them.
const reportLibraries = site.libraries.map(({ code, name, city }) => ({ code, name, city }));
const listingJobs = [...listingPageJobs(site, reportLibraries)];
console.log(`listing pages: ${listingJobs.length} pages listed in ${((performance.now() - started) / 1000).toFixed(2)} s`);
started = performance.now();
for (const job of listingJobs) job.contentHash();
console.log(`listing pages' keys: ${listingJobs.length} pages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
