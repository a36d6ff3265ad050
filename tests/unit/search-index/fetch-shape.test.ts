/**
 * What a query downloads: the shortcuts that keep common queries small (hot cards, library-scoped
 * lists, top postings that settle a query, block tables read only when needed) are taken, and
 * they give what a full scan gives (exactness.test.ts checks the hits; here, the files).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFihrisIndexEngine } from '../../../src/client/search/fihris-index-engine.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import type { FacetScope } from '../../../src/shared/search/facet-keys.ts';
import { hotCardsMinDf } from '../../../src/shared/search/fihris-index-format.ts';
import { buildFihrisIndex } from '../../../src/search-index/build-index.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';
import { bruteSearch, scanRecords, type BruteForce } from './brute-force.ts';
import { baseUrl, recordingFetch, roundsFetch } from './disk-fetch.ts';

let dir: string;
let scan: BruteForce;
beforeAll(async () => {
  const records: UnionRecord[] = [...syntheticUnionRecords({ records: 5000, tailWords: 4000 })];
  dir = mkdtempSync(join(tmpdir(), 'fihris-shape-'));
  await buildFihrisIndex(records, { outDir: dir });
  scan = await scanRecords(records);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one query on a cold engine and returns the folders of the files it downloaded, and the bytes of postings. */
async function foldersRead(query: string, scope: FacetScope = {}) {
  const { fetch, read } = recordingFetch(dir);
  const results = await createFihrisIndexEngine({ baseUrl, fetch }).search(query, scope);
  const folders = new Set([...read.keys()].map((name) => name.split('/')[0]));
  const postingBytes = [...read].filter(([name]) => name.startsWith('p/')).reduce((sum, [, bytes]) => sum + bytes, 0);
  return { folders, postingBytes, urls: results.hits.map((hit) => hit.url), total: results.total, exact: results.totalIsExact };
}

/** Runs one query on a cold engine over a network in rounds and gives the rounds each folder's files were asked for in. */
async function searchInRounds(query: string, scope: FacetScope) {
  const { fetch, roundOf } = roundsFetch(dir);
  const results = await createFihrisIndexEngine({ baseUrl, fetch }).search(query, scope);
  const roundsOf = (folder: string) => [...roundOf].filter(([name]) => name.startsWith(`${folder}/`)).map(([, r]) => r);
  return { roundsOf, results };
}

describe('files a query downloads', () => {
  test('shows a common word’s first page from its hot-cards file, with no card tag, card or postings file', async () => {
    const got = await foldersRead('تاريخ ');
    expect([...got.folders].sort()).toEqual(['d', 'h', 'i', 'root.json']);
    expect(got.urls).toEqual(bruteSearch(scan, 'تاريخ ', {}).top);
  });

  test('answers a library-scoped common word from its scoped list, reading no postings or block table', async () => {
    const got = await foldersRead('تاريخ ', { library: 'lib01' });
    expect(got.folders.has('p')).toBe(false);
    expect(got.folders.has('t')).toBe(false);
    expect(got.exact).toBe(true);
    expect(got.total).toBe(bruteSearch(scan, 'تاريخ ', { library: 'lib01' }).total);
  });

  test('answers a language-scoped common word from its scoped list too', async () => {
    const got = await foldersRead('تاريخ ', { language: 'ara' });
    expect(got.folders.has('p')).toBe(false);
    expect(got.exact).toBe(true);
    expect(got.total).toBe(bruteSearch(scan, 'تاريخ ', { language: 'ara' }).total);
    expect(got.urls).toEqual(bruteSearch(scan, 'تاريخ ', { language: 'ara' }).top);
  });

  test.each([
    ['تاريخ', { library: 'lib01' }],
    ['تار', { library: 'lib02' }],
    ['ال', { library: 'lib01' }],
  ] as [string, FacetScope][])('answers %j in %j, a word still being typed, from its completions’ scoped lists, reading no postings and no card tag shard', async (query, scope) => {
    const got = await foldersRead(query, scope);
    const want = bruteSearch(scan, query, scope);
    expect(got.folders.has('p')).toBe(false);
    // The lists carry the card tags of their first hits, and the page's hits are among them.
    expect(got.folders.has('k')).toBe(false);
    expect(got.urls).toEqual(want.top);
    // Several completions in the scope: the largest one's count, labelled as a lower bound.
    if (got.exact) expect(got.total).toBe(want.total);
    else expect(got.total).toBeLessThanOrEqual(want.total);
  });

  test('reads only the postings of completions too rare for scoped lists, with the lists’ top 10 as the bar', async () => {
    const got = await foldersRead('كت', { language: 'ara' });
    const want = bruteSearch(scan, 'كت', { language: 'ara' });
    expect(got.urls).toEqual(want.top);
    expect(got.postingBytes).toBeLessThanOrEqual(16_384);
    expect(got.exact ? got.total === want.total : got.total <= want.total).toBe(true);
  });

  test('settles a prefix from its completions’ top postings, reading postings only to count, a few KB', async () => {
    const got = await foldersRead('مكت');
    expect(got.postingBytes).toBeLessThanOrEqual(8192);
    expect(got.urls).toEqual(bruteSearch(scan, 'مكت', {}).top);
  });

  test('reads the little that is left once the top 10 is settled, for an exact count', async () => {
    // A prefix: its completions' top postings settle the top 10, and its count needs a few more KB.
    const got = await foldersRead('رحل');
    expect(got.exact).toBe(true);
    expect(got.total).toBe(bruteSearch(scan, 'رحل', {}).total);
  });

  test('reads those few KB in the same round trip as the hits’ cards, not in one of their own', async () => {
    const { roundsOf, results } = await searchInRounds('رحل', {});
    expect(results.totalIsExact).toBe(true);
    expect(roundsOf('p').length).toBeGreaterThan(0);
    const firstCards = Math.min(...['h', 'k', 'c'].flatMap(roundsOf));
    expect(Math.max(...roundsOf('p'))).toBe(firstCards);
  });

  test('reads the scope’s block table in the round of the completions’ scoped lists, when rare completions need it', async () => {
    const { roundsOf, results } = await searchInRounds('كت', { language: 'ara' });
    expect(results.hits.map((hit) => hit.url)).toEqual(bruteSearch(scan, 'كت', { language: 'ara' }).top);
    expect(roundsOf('t').length).toBeGreaterThan(0);
    // The lists may take two rounds (a dictionary page, then its chunk): the table comes in one of them.
    expect(Math.max(...roundsOf('t'))).toBeLessThanOrEqual(Math.max(...roundsOf('d')));
  });

  test('names the card files of a word’s first hits from the tags in its entry: no shard (k/), cards in the round after the dictionary', async () => {
    const word = [...scan.df].find(([term, df]) => df > 10 && df <= hotCardsMinDf && /^[\u0621-\u064A]{4,}$/.test(term) && bruteSearch(scan, `${term} `, {}).total === df)![0];
    const { roundsOf, results } = await searchInRounds(`${word} `, {});
    expect(results.hits.map((hit) => hit.url)).toEqual(bruteSearch(scan, `${word} `, {}).top);
    expect(roundsOf('k')).toEqual([]);
    expect(roundsOf('h')).toEqual([]);
    expect(Math.min(...roundsOf('c'))).toBe(Math.max(...roundsOf('d')) + 1);
  });

  test('still reads postings when a query needs them (three words with few matches)', async () => {
    const got = await foldersRead('شرح ديوان الشعر ');
    expect(got.folders.has('p')).toBe(true);
    expect(got.total).toBe(bruteSearch(scan, 'شرح ديوان الشعر ', {}).total);
  });
});
