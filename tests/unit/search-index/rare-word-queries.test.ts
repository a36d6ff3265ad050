/**
 * Queries with a rare word (in at most allPostingsMax records, every posting of it in its entry)
 * beside common ones, on an index big enough that the common words' blocks span many files:
 * the engine reads no block of the rare word, reads the blocks of one other word first for its
 * docs only (beside a big word's block table, in one round), and the third word's blocks only
 * where the first two meet, with the cards of the docs where they meet; and it still gives what
 * a full scan gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Dictionary } from '../../../src/client/search/fihris-index-dictionary.ts';
import { createFihrisIndexEngine } from '../../../src/client/search/fihris-index-engine.ts';
import { IndexFiles } from '../../../src/client/search/fihris-index-files.ts';
import { planQuery } from '../../../src/client/search/fihris-index-query.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import type { FacetScope } from '../../../src/shared/search/facet-keys.ts';
import { allPostingsMax, inlinePostingsMax, topPostings, type TermEntry } from '../../../src/shared/search/fihris-index-format.ts';
import { bruteSearch, type BruteForce } from './brute-force.ts';
import { baseUrl, diskFetch, recordingFetch, roundsFetch } from './disk-fetch.ts';
import { buildSyntheticIndex, type SyntheticIndex } from './synthetic-index.ts';

let index: SyntheticIndex;
let rare: string[];
beforeAll(async () => {
  index = await buildSyntheticIndex({ records: 30_000, tailWords: 20_000 }, 'fihris-rare-');
  rare = rareTitleWords(index.records, index.scan, 6);
}, 120_000);
afterAll(() => index.remove());

/** One query on a cold engine: its results, the postings files it read and whether it read a card tag shard. */
async function search(query: string, scope: FacetScope = {}) {
  const { fetch, read } = recordingFetch(index.dir);
  const results = await createFihrisIndexEngine({ baseUrl, budgetBytes: 10_000_000, fetch }).search(query, scope);
  const postings = new Set([...read.keys()].filter((name) => name.startsWith('p/')));
  const shards = [...read.keys()].filter((name) => name.startsWith('k/')).length;
  return { postings, shards, urls: results.hits.map((hit) => hit.url), total: results.total, exact: results.totalIsExact, ranked: results.rankingIsExact };
}

describe('queries with a rare word', () => {
  test('the fixture has rare title words', () => expect(rare).toHaveLength(6));

  test.each([
    ['%s تاريخ عمان ', {}],
    ['تاريخ %s الإسلامي ', {}],
    ['%s الشعر العربية ', {}],
    ['%s تاريخ ', { library: 'lib01' }],
    ['الفقه %s ال', {}],
    ['%s تاريخ ', {}],
    ['"%s" شرح ديوان ', {}],
    ['%s %t تاريخ ', {}],
  ] as [string, FacetScope][])('%j in %j gives the full scan’s top 10 and count', async (pattern, scope) => {
    for (const [i, word] of rare.entries()) {
      const query = pattern.replace('%s', word).replace('%t', rare[(i + 1) % rare.length]);
      const want = bruteSearch(index.scan, query, scope);
      const got = await search(query, scope);
      expect({ query, urls: got.urls, ranked: got.ranked }).toEqual({ query, urls: want.top, ranked: true });
      if (got.exact) expect({ query, total: got.total }).toEqual({ query, total: want.total });
    }
  });

  test('reads no block of the rare word: with a common word, only that word’s blocks', async () => {
    const common = await blockFilesOf('تاريخ ');
    for (const word of rare) {
      const got = await search(`${word} تاريخ `);
      expect(got.postings.size).toBeGreaterThan(0);
      for (const name of got.postings) expect({ word, name, common: common.has(name) }).toEqual({ word, name, common: true });
    }
  });

  test('names the card files of every hit from the rare word’s entry, reading no card tag shard', async () => {
    for (const word of rare) {
      const got = await search(`${word} تاريخ الشعر `);
      expect({ word, shards: got.shards }).toEqual({ word, shards: 0 });
    }
  });

  test('reads a big word’s block table in the same round as the blocks of the word read first', async () => {
    expect((await entryOf('تاريخ ')).table).toBeDefined();
    const middle = await titleWordWithBlockTableInEntry(index.records);
    for (const word of rare) {
      const query = `${word} ${middle} تاريخ `;
      const { fetch, roundOf } = roundsFetch(index.dir);
      const results = await createFihrisIndexEngine({ baseUrl, fetch, budgetBytes: 10_000_000 }).search(query, {});
      expect(results.hits.map((hit) => hit.url)).toEqual(bruteSearch(index.scan, query, {}).top);
      const roundsOf = (folder: string) => [...roundOf].filter(([name]) => name.startsWith(`${folder}/`)).map(([, r]) => r);
      // One t/ file (the big word's table), asked for in the round of the first blocks.
      expect({ query, tableRounds: roundsOf('t') }).toEqual({ query, tableRounds: [Math.min(...roundsOf('p'))] });
    }
  });

  test('fetches the hits’ cards in the round of the last blocks, once the rare word and the first word read meet in a page of records or fewer', async () => {
    const queries = await meetingQueries();
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const query of queries) {
      const { fetch, roundOf } = roundsFetch(index.dir);
      const results = await createFihrisIndexEngine({ baseUrl, fetch, budgetBytes: 10_000_000 }).search(query, {});
      const want = bruteSearch(index.scan, query, {});
      expect(want.total).toBeGreaterThan(0);
      expect(results.hits.map((hit) => hit.url)).toEqual(want.top);
      const roundsOf = (folders: string[]) => [...roundOf].filter(([name]) => folders.includes(name.split('/')[0])).map(([, r]) => r);
      expect({ query, cards: Math.max(...roundsOf(['c', 'h'])) }).toEqual({ query, cards: Math.max(...roundsOf(['p'])) });
    }
  });

  test('with two common words, reads the second’s blocks only where the rare word and the first meet', async () => {
    let threeWordFiles = 0;
    let pairFiles = 0;
    for (const word of rare) {
      const three = await search(`${word} تاريخ عمان `);
      const withFirst = await search(`${word} تاريخ `);
      const withSecond = await search(`${word} عمان `);
      const pairs = new Set([...withFirst.postings, ...withSecond.postings]);
      // Never a file the two pairs would not read.
      for (const name of three.postings) expect(pairs.has(name)).toBe(true);
      threeWordFiles += three.postings.size;
      pairFiles += pairs.size;
    }
    // (Two words whose blocks span several files each: since format 4's smaller blocks, الشعر's
    // fit one file at this size, and narrowing can save no file of it.)
    // Reading both common words' blocks for all of the rare word's docs is what a plain
    // block-max run does; narrowing first reads fewer.
    expect(threeWordFiles).toBeLessThan(pairFiles);
  });
});

/** The entry of the one word `query` is, its block table loaded. */
async function entryOf(query: string): Promise<TermEntry> {
  const files = new IndexFiles(baseUrl, diskFetch(index.dir));
  const dictionary = new Dictionary(files, JSON.parse(readFileSync(join(index.dir, 'root.json'), 'utf8')));
  const cost = { bytes: 0, requests: 0, rounds: 0 };
  const [[entry]] = await dictionary.find(planQuery(query, {})[0].required, cost);
  const tableInFile = entry.table !== undefined && entry.blocks === undefined;
  await dictionary.loadTables([entry], cost);
  return { ...entry, ...(tableInFile ? {} : { table: undefined }) };
}

/** The files holding the blocks of the one word `query` is. */
async function blockFilesOf(query: string): Promise<Set<string>> {
  return new Set((await entryOf(query)).blocks!.map((block) => block.file.name));
}

/** A title word in a few hundred records: its blocks are listed in its entry, not in a t/ file. */
async function titleWordWithBlockTableInEntry(records: UnionRecord[]): Promise<string> {
  for (const word of titleWords(records)) {
    const df = bruteSearch(index.scan, `${word} `, {}).total;
    if (df <= 4 * topPostings || df > 1000) continue;
    const entry = await entryOf(`${word} `);
    if (entry.blocks && entry.table === undefined) return word;
  }
  throw new Error('The fixture has no title word whose block table is in its entry.');
}

/**
 * Three words of one title: a rare word, a word whose blocks are listed in its entry (read first)
 * and a word whose block table is in a t/ file; at most one query per rare word.
 */
async function meetingQueries(): Promise<string[]> {
  const queries: string[] = [];
  for (const word of rare) {
    const title = index.records.find((record) => record.description.title.proper.split(/\s+/).includes(word))!.description.title.proper;
    let middle: string | undefined;
    let big: string | undefined;
    for (const other of new Set(title.split(/\s+/))) {
      if (other === word || !/^[\u0621-\u064A]{4,}$/.test(other)) continue;
      const entry = await entryOf(`${other} `);
      if (entry.table) big ??= other;
      else if (entry.blocks) middle ??= other;
    }
    if (middle && big) queries.push(`${word} ${middle} ${big} `);
  }
  return queries;
}

/** Each Arabic title word of four letters or more, once, in the records' order. */
function* titleWords(records: UnionRecord[]): Generator<string> {
  const seen = new Set<string>();
  for (const record of records) {
    for (const word of record.description.title.proper.split(/\s+/)) {
      if (seen.has(word) || !/^[\u0621-\u064A]{4,}$/.test(word)) continue;
      seen.add(word);
      yield word;
    }
  }
}

/**
 * Title words in more records than an entry holds inline and at most allPostingsMax: half of them
 * in at most topPostings records, half in more (their entries hold every posting all the same).
 */
function rareTitleWords(records: UnionRecord[], scan: BruteForce, count: number): string[] {
  const fewer: string[] = [];
  const more: string[] = [];
  for (const word of titleWords(records)) {
    if (fewer.length + more.length === count) break;
    const df = bruteSearch(scan, `${word} `, {}).total;
    if (df > inlinePostingsMax && df <= topPostings && fewer.length < count / 2) fewer.push(word);
    if (df > topPostings && df <= allPostingsMax && more.length < count / 2) more.push(word);
  }
  return fewer.flatMap((word, i) => [word, more[i]]).filter(Boolean);
}
