/**
 * What the reader sees when index files are damaged or missing, and when a query would cost
 * more than its download budget (the engine's flags, and the page's count line they make).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countLine } from '../../../src/client/search/count-line.ts';
import { t } from '../../../src/shared/i18n/strings.ts';
import { createFihrisIndexEngine, type FihrisSearchResults } from '../../../src/client/search/fihris-index-engine.ts';
import { FihrisIndexError } from '../../../src/client/search/fihris-index-error.ts';
import { buildFihrisIndex } from '../../../src/search-index/build-index.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';
import { baseUrl, diskFetch, recordingFetch } from './disk-fetch.ts';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fihris-robust-'));
  await buildFihrisIndex(syntheticUnionRecords({ records: 3000, tailWords: 2000 }), { outDir: dir });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flipByte = (bytes: Uint8Array) => {
  const copy = bytes.slice();
  copy[Math.floor(copy.length / 2)] ^= 0x55;
  return copy;
};

describe('damaged and missing files', () => {
  test.each([['d/'], ['i/'], ['p/'], ['c/'], ['k/']])('reports a damaged %s file as a corrupt-file error, not an empty result', async (folder) => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir, (name, bytes) => (name.startsWith(folder) ? flipByte(bytes) : bytes)) });
    // Two words: a one-word query may take its top 10 from the dictionary entry alone.
    const error = await engine.search('تاريخ عمان ', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FihrisIndexError);
    expect((error as FihrisIndexError).kind).toBe('corrupt');
    expect((error as FihrisIndexError).file.startsWith(folder)).toBe(true);
  });

  test('reports a damaged hot-cards file as a corrupt-file error, not an empty result', async () => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir, (name, bytes) => (name.startsWith('h/') ? flipByte(bytes) : bytes)) });
    // One common word: its first page comes from its hot-cards file.
    await expect(engine.search('تاريخ ', {})).rejects.toMatchObject({ kind: 'corrupt', file: expect.stringMatching(/^h\//) });
  });

  test('reports a missing dictionary chunk as a missing-file error naming the file', async () => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir, (name, bytes) => (name.startsWith('d/') ? undefined : bytes)) });
    await expect(engine.search('تاريخ ', {})).rejects.toMatchObject({ kind: 'missing', retryable: true });
  });

  test('answers a query whose damaged card file it only fetched ahead, for records that turned out not to match', async () => {
    const ahead = await cardFileFetchedAhead();
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir, (name, bytes) => (name === ahead.file ? flipByte(bytes) : bytes)) });
    const results = await engine.search(ahead.query, {});
    expect(results.hits.map((hit) => hit.url)).toEqual(ahead.urls);
  });

  test('explains the problem and the way out in its message', () => {
    expect(new FihrisIndexError('missing', 'd/0123456789ab.bin', 'HTTP 404').message).toBe(
      'The search index file d/0123456789ab.bin is missing (HTTP 404). Try again; if it persists, the site needs rebuilding.');
  });

  test('answers on retry once the file is back', async () => {
    let broken = true;
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir, (name, bytes) => (broken && name.startsWith('p/') ? undefined : bytes)) });
    await expect(engine.search('تاريخ عمان ', {})).rejects.toBeInstanceOf(FihrisIndexError);
    broken = false;
    const results = await engine.search('تاريخ عمان ', {});
    expect(results.hits.length).toBe(10);
  });

  test('reports an unreachable server as a network error', async () => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch });
    await expect(engine.search('تاريخ ', {})).rejects.toMatchObject({ kind: 'network', file: 'root.json' });
  });
});

describe('download budget', () => {
  test('flags a query that needs more than its budget and stays within it while reading postings', async () => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir), budgetBytes: 30_000 });
    const results = await engine.search('دراسة التراث ', { library: 'lib01' });
    expect(results.budgetExceeded).toBe(true);
    expect(results.rankingIsExact).toBe(false);
    expect(results.totalIsExact).toBe(false);
  });

  test('does not flag a query that fits its budget', async () => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir), budgetBytes: 200_000 });
    const results = await engine.search('تاريخ عمان ', {});
    expect(results.budgetExceeded).toBe(false);
    expect(results.cost.bytes).toBeLessThanOrEqual(200_000);
  });

  test('tells the reader, in Arabic and English, that a search stopped by its budget may miss results, gives its count as an estimate, and names the button that reads on', async () => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir), budgetBytes: 30_000 });
    const results = await engine.search('دراسة التراث ', { library: 'lib01' });
    expect(results.more).toBeDefined();
    expect(countLine('en', results)).toBe(`Results: about ${results.total} Stopped early to save data: results may be missing. Add a word, or choose “${t('en', 'search.more')}”.`);
    expect(countLine('ar', results)).toBe(`عدد النتائج: نحو ${results.total} توقّف البحث مبكرًا لتوفير البيانات، فقد تنقص بعض النتائج. أضف كلمة، أو اختر «${t('ar', 'search.more')}».`);
    // Without a way to read on (a search that read past its budget and finished), no button is named.
    expect(countLine('en', { ...results, more: undefined })).toBe(`Results: about ${results.total} Stopped early to save data: results may be missing. Add a word.`);
  });

  test('offers more after a search its budget stopped, and reads on to every match, each shown once, and an exact count', async () => {
    const stopped = await createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir), budgetBytes: 30_000 }).search('دراسة التراث ', { library: 'lib01' });
    const pages = await everyPage(stopped);
    const unbounded = await everyPage(await createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir), budgetBytes: 10_000_000 }).search('دراسة التراث ', { library: 'lib01' }));
    const urls = pages.flatMap((page) => page.hits.map((hit) => hit.url));
    const last = pages[pages.length - 1];
    expect(stopped.budgetExceeded).toBe(true);
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(urls)).toEqual(new Set(unbounded.flatMap((page) => page.hits.map((hit) => hit.url))));
    expect([last.total, last.totalIsExact, last.budgetExceeded]).toEqual([urls.length, true, false]);
  });

  test('gives an exact count as it is, with no notice, when the search fits its budget', async () => {
    const engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir), budgetBytes: 200_000 });
    const results = await engine.search('تاريخ ', {});
    expect(results.totalIsExact).toBe(true);
    expect(countLine('en', results)).toBe(`Results: ${results.total}`);
    expect(countLine('ar', results)).toBe(`عدد النتائج: ${results.total}`);
  });
});

/** A search's pages, the first and each that "show more" gives, until it offers no more. */
async function everyPage(first: FihrisSearchResults): Promise<FihrisSearchResults[]> {
  const pages = [first];
  while (pages[pages.length - 1].more && pages.length < 100) pages.push(await pages[pages.length - 1].more!());
  return pages;
}

/**
 * A query of three words from one title, and a card file it reads that holds none of its hits:
 * the engine fetched it ahead, beside the last blocks, for records that held two of the words.
 */
async function cardFileFetchedAhead(): Promise<{ query: string; file: string; urls: string[] }> {
  for (const record of syntheticUnionRecords({ records: 3000, tailWords: 2000 })) {
    const words = record.description.title.proper.split(/\s+/).filter((word) => /^[\u0621-\u064A]{3,}$/.test(word));
    if (words.length < 3) continue;
    const query = `${words.slice(0, 3).join(' ')} `;
    const { fetch, read } = recordingFetch(dir);
    const urls = (await createFihrisIndexEngine({ baseUrl, fetch }).search(query, {})).hits.map((hit) => hit.url);
    const cardFiles = [...read.keys()].filter((name) => name.startsWith('c/'));
    const file = cardFiles.find((name) => !urls.some((url) => readFileSync(join(dir, name), 'utf8').includes(`"${url}"`)));
    if (file) return { query, file, urls };
  }
  throw new Error('No query of the fixture fetches a card file ahead that none of its hits needs.');
}
