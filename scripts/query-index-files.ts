/**
 * What queries cost the own index, run by the browser's engine over a built site's index on disk
 * (no browser, no network): each query's count, the bytes and rounds of parallel downloads the
 * engine counts, and the files it read. The queries run one after another on one
 * engine, as a reader's do on one page: the first is cold, the later ones reuse what it read.
 * A query ending in @code is scoped to that library. Without a space after its last word, a
 * query is a word still being typed, as a search sent with Enter is.
 *
 *   node scripts/query-index-files.ts <built site> <query>[@library] …
 * e.g. node scripts/query-index-files.ts bench-out/work-100000/build 'ظلاس' 'ظلاس@col-ibri-06'
 */
import { join, resolve } from 'node:path';
import { createFihrisIndexEngine } from '../src/client/search/fihris-index-engine.ts';
import { fihrisIndexFolder } from '../src/shared/search/fihris-index-format.ts';
import { baseUrl, recordingFetch } from '../tests/unit/search-index/disk-fetch.ts';

const [site, ...queries] = process.argv.slice(2);
if (!site || queries.length === 0) {
  console.error('usage: query-index-files.ts <built site> <query>[@library] …');
  process.exit(2);
}
const { fetch, read } = recordingFetch(join(resolve(site), fihrisIndexFolder));
const engine = createFihrisIndexEngine({ baseUrl, fetch });
for (const spec of queries) {
  const at = spec.lastIndexOf('@');
  const [query, library] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, undefined];
  read.clear();
  const results = await engine.search(query, library ? { library } : {});
  const { bytes, requests, rounds } = results.cost;
  console.log(`${JSON.stringify(query)}${library ? ` in ${library}` : ''}: ${results.totalIsExact ? '' : 'about '}${results.total} hits, ${results.hits.length} shown; `
    + `${(bytes / 1024).toFixed(1)} KB, ${requests} files, ${rounds} rounds${results.budgetExceeded ? '; stopped by the download budget' : ''}`);
  console.log(`  ${[...read.keys()].join(' ')}`);
}
