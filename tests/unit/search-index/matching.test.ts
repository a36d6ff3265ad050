/** Phrases, prefixes after و ف ب, scopes and facets on a handful of hand-made records. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFihrisIndexEngine, type FihrisEngine } from '../../../src/client/search/fihris-index-engine.ts';
import { buildFihrisIndex } from '../../../src/search-index/build-index.ts';
import { tinyRecord } from '../../fixtures/search-index/tiny-record.ts';
import { baseUrl, diskFetch } from './disk-fetch.ts';

const records = [
  tinyRecord('fiqh1', 'الفقه الإسلامي وأدلته', { author: 'الزحيلي، وهبة', libraries: ['squ', 'nizwa'], year: 1989 }),
  tinyRecord('fiqh2', 'الإسلامي في الفقه المقارن', { libraries: ['squ'], year: 2001 }),
  tinyRecord('wizara', 'وزارة التراث والثقافة', { libraries: ['nizwa'] }),
  tinyRecord('fihris', 'فهرس المخطوطات', { libraries: ['squ'] }),
  tinyRecord('battuta', 'رحلة ابن بطوطة', { libraries: ['sohar'] }),
  tinyRecord('bunyan', 'البنيان المرصوص', { libraries: ['squ'] }),
  tinyRecord('bayan', 'البيان والتبيين', { libraries: ['squ'] }),
];

let dir: string;
let engine: FihrisEngine;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fihris-match-'));
  await buildFihrisIndex(records, { outDir: dir });
  engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir) });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const urls = async (query: string, library?: string) => (await engine.search(query, { library })).hits.map((hit) => hit.url).sort();

describe('fihris index matching', () => {
  test.each([
    { given: '"الفقه الإسلامي"', want: ['r/fiqh1.html'] },
    { given: 'الفقه الإسلامي ', want: ['r/fiqh1.html', 'r/fiqh2.html'] },
    { given: '«الاسلامي في الفقه»', want: ['r/fiqh2.html'] },
    { given: '"الفقه الإسلا', want: ['r/fiqh1.html', 'r/fiqh2.html'] },
    { given: 'وزا', want: ['r/wizara.html'] },
    { given: 'فهر', want: ['r/fihris.html'] },
    { given: 'بطو', want: ['r/battuta.html'] },
    { given: 'والتراث', want: ['r/wizara.html'] },
    { given: 'البنيان ', want: ['r/bunyan.html'] },
    { given: 'البيان ', want: ['r/bayan.html'] },
    { given: 'الفقه xyzqq ', want: [] },
  ])('finds $want for $given', async ({ given, want }) => {
    expect(await urls(given)).toEqual(want);
  });

  test('ranks the record with the words side by side first for an unquoted two-word query', async () => {
    const results = await engine.search('الفقه الإسلامي ', {});
    expect(results.hits[0].url).toBe('r/fiqh1.html');
  });

  test('keeps only the scoped library’s records', async () => {
    expect(await urls('الفقه ', 'nizwa')).toEqual(['r/fiqh1.html']);
  });

  test('lists a library’s records for an empty query with a library', async () => {
    expect(await urls('', 'nizwa')).toEqual(['r/fiqh1.html', 'r/wizara.html']);
  });

  test('returns the card fields and holding libraries of a hit', async () => {
    const [hit] = (await engine.search('وهبة ', {})).hits;
    expect(hit).toEqual({ url: 'r/fiqh1.html', title: 'الفقه الإسلامي وأدلته', author: 'الزحيلي، وهبة', year: '1989', libraries: ['squ', 'nizwa'] });
  });

  test('counts facets exactly when every match is on the page', async () => {
    const results = await engine.search('الفقه ', {});
    expect(results.facets).toEqual({ exact: true, counts: { 'lib:squ': 2, 'lib:nizwa': 1, 'lang:ara': 2, 'dec:1980': 1, 'dec:2000': 1, 'fmt:book': 2 } });
  });

  test('finds nothing for an empty query without a library', async () => {
    expect((await engine.search('  ', {})).total).toBe(0);
  });
});
