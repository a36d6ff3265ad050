/**
 * How big a catalogue Pagefind serves within the download budget (cold first query ≤ 100 KB,
 * warm ≤ 50 KB on a 1.6 Mbit/s, 150 ms link). For each size: synthetic union records →
 * the site's own Pagefind index (src/build/pagefind-index.ts) → a bare page that searches it
 * the way src/client/search/pagefind-engine.ts does (per run one search for the query's words
 * and one per word of each lookup, then the first 20 results' data) in Debian chromium; bytes
 * from CDP Network events.
 * Also times a broad query narrowed by a Pagefind filter against the same narrowing done by a
 * facet key in the content (library lib-0 as the word "zzliblib0").
 *
 *   node scripts/measure-pagefind-size.ts [sizes…]     (default: 1000 5000 20000)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildPagefindIndex } from '../src/build/pagefind-index.ts';
import { pagefindLookupRuns } from '../src/client/search/pagefind-engine.ts';
import { pagefindIndexWord } from '../src/shared/search/pagefind-words.ts';
import { startStaticServer } from '../src/serve/static-server.ts';
import type { UnionRecord } from '../src/shared/catalog-schema.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { createLexicon } from './bench/lexicon.ts';
import { openSettledPage } from './bench/measure-search.ts';
import { seededDraw } from './shared/seeded-random.ts';

const lexicon = createLexicon('measure-pagefind', 20_000, 8_000);

function syntheticRecord(n: number): UnionRecord {
  const draw = seededDraw(`record-${n}`);
  const arabic = draw.chance(0.75);
  const words = (count: number) => Array.from({ length: count }, () =>
    arabic ? lexicon.arabicWords[draw.zipf(lexicon.arabicWords.length)] : lexicon.latinWords[draw.zipf(lexicon.latinWords.length)]).join(' ');
  const year = 1950 + draw.below(75);
  const library = `lib-${draw.zipf(36)}`;
  const description = {
    title: { proper: words(2 + draw.below(4)), variants: [] },
    names: [{ name: arabic ? `${draw.pick(lexicon.arabicFamilies)}، ${words(1)}` : `${draw.pick(lexicon.latinSurnames)}, ${words(1)}`, role: 'author', kind: 'person' as const }],
    publication: { publisher: words(2), gregorianYear: year },
    series: [], subjects: [words(2)], notes: [], links: [],
    classification: { dewey: [], lc: [] },
    identifiers: { isbn: [], invalidIsbn: [], issn: [], lccn: [], systemNumbers: [] },
    languages: [arabic ? 'ara' : 'eng'],
    format: draw.chance(0.9) ? 'book' : 'serial',
  };
  const id = n.toString(36).padStart(6, '0');
  return {
    id, url: `r/${id}.html`, description, displayMember: 0,
    members: [{ libraryCode: library, file: 'x.mrc', recordNumber: n + 1, rule: 'first', description }],
    holdings: [{ libraryCode: library, copies: 1 }],
  };
}

/**
 * The page runs the engine's requests: per run one search for each lookup's broadest word together
 * and one per word of every lookup (a lookup: the words of one key, pagefindLookupRuns), then
 * data() of the first 20.
 */
const harness = `<!doctype html><meta charset="utf-8"><script type="module">
const pagefind = await import('./pagefind/pagefind.js');
await pagefind.options({ basePath: new URL('./pagefind/', location.href).href, noWorker: true });
window.runQuery = async (runs, filters) => {
  const search = (words) => pagefind.search(words, filters ? { filters } : {});
  const ids = new Map();
  for (const lookups of runs) {
    const [ranked, ...perLookup] = await Promise.all([
      search(lookups.map((words) => words.at(-1)).join(' ')),
      ...lookups.map(async (words) => (await Promise.all(words.map(search))).flatMap((list) => list.results)),
    ]);
    const sets = perLookup.map((results) => new Set(results.map((r) => r.id)));
    for (const r of ranked.results) if (sets.every((set) => set.has(r.id))) ids.set(r.id, r);
  }
  const first = [...ids.values()].slice(0, 20);
  await Promise.all(first.map((r) => r.data()));
  return ids.size;
};
window.ready = true;
</script>`;

async function measureSize(size: number): Promise<Record<string, string | number>> {
  const dir = await mkdtemp(join(tmpdir(), `pagefind-${size}-`));
  const records = Array.from({ length: size }, (_, n) => syntheticRecord(n));
  const started = Date.now();
  await buildPagefindIndex(records.map(withFacetKey), { outDir: dir });
  const buildSeconds = (Date.now() - started) / 1000;
  await writeFile(join(dir, 'index.html'), harness);
  const server = await startStaticServer({ root: dir });
  const browser = await launchBrowser();
  try {
    const [common, second] = [lexicon.arabicWords[0], lexicon.arabicWords[1]];
    const rare = records[size - 1].description.title.proper.split(' ')[0];
    const result: Record<string, string | number> = { size, buildSeconds };
    // A browser that has finished starting, as a reader's has (why: openSettledPage).
    const page = await openSettledPage(await browser.newContext());
    const cdp = await page.context().newCDPSession(page);
    const bytes = await countBytes(cdp);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 100_000 });
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    let t = Date.now();
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
    await run(page, `${common} ${second}`);
    result.coldKB = kb(bytes.take());
    // The project's test server sends files as they are; a real host (GitHub Pages, nginx)
    // gzips JavaScript. Pagefind's own files (.pf_*, wasm) are gzipped by Pagefind already.
    const script = await readFile(join(dir, 'pagefind', 'pagefind.js'));
    result.coldKBGzipHost = kb(result.coldKB * 1024 - script.length + gzipSync(script).length);
    result.coldSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    await run(page, rare);
    result.warmKB = kb(bytes.take());
    result.warmSeconds = (Date.now() - t) / 1000;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    t = Date.now();
    const filteredCount = await page.evaluate((runs) => (window as any).runQuery(runs, { library: 'lib-0' }), pagefindLookupRuns(`${common} `));
    result.filterSeconds = (Date.now() - t) / 1000;
    result.filterKB = kb(bytes.take());
    t = Date.now();
    const keyedCount = await page.evaluate((runs) => (window as any).runQuery(runs), pagefindLookupRuns(`${common} `).map((run) => [...run, [pagefindIndexWord('zzliblib0')]]));
    result.facetKeySeconds = (Date.now() - t) / 1000;
    result.facetKeyKB = kb(bytes.take());
    result.broadHits = `${filteredCount}/${keyedCount}`;
    return result;
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Adds the holding library as a facet word too (it is already a Pagefind filter), so both ways can be timed. */
function withFacetKey(record: UnionRecord): UnionRecord {
  const library = record.holdings[0].libraryCode.replaceAll('-', '');
  return { ...record, description: { ...record.description, series: [`zzlib${library}`] } };
}

async function run(page: Page, query: string): Promise<void> {
  await page.evaluate((runs) => (window as any).runQuery(runs), pagefindLookupRuns(query));
}

async function countBytes(cdp: CDPSession): Promise<{ take(): number }> {
  let total = 0;
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (event) => { urls.set(event.requestId, event.request.url); });
  cdp.on('Network.loadingFinished', (event) => {
    total += event.encodedDataLength;
    if (process.env.VERBOSE) console.error(`  ${event.encodedDataLength}\t${urls.get(event.requestId)}`);
  });
  return { take: () => { const taken = total; total = 0; return taken; } };
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const size of sizes.length ? sizes : [1000, 5000, 20000]) {
  console.log(JSON.stringify(await measureSize(size)));
}
