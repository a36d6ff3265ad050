/** Phrases, prefixes after و ف ب, scopes and facets on a handful of hand-made records. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFihrisIndexEngine, type FihrisEngine } from '../../../src/client/search/fihris-index-engine.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import type { FacetScope } from '../../../src/shared/search/facet-keys.ts';
import { indexTerms } from '../../../src/shared/text/arabic.ts';
import { buildFihrisIndex } from '../../../src/search-index/build-index.ts';
import { recordTerms } from '../../../src/search-index/record-terms.ts';
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
  withSecondMember(withSubjects(tinyRecord('aflaj', 'نظام الري القديم', { libraries: ['squ', 'sohar'], year: 1995 }), ['الرّي -- عمان']), { subjects: ['الأفلاج -- عمان'], title: 'الأفلاج العمانية' }),
];

/** The displayed description's subjects: what a subject scope narrows by (the same facet words Pagefind indexes). */
function withSubjects(record: UnionRecord, subjects: string[]): UnionRecord {
  const description = { ...record.description, subjects };
  return { ...record, description, members: record.members.map((member) => ({ ...member, description })) };
}

/** The second library catalogued the same book with a subject and a variant title the first did not give. */
function withSecondMember(record: UnionRecord, extra: { subjects: string[]; title: string }): UnionRecord {
  const [first, second] = record.members;
  const description = { ...second.description, subjects: extra.subjects, title: { ...second.description.title, variants: [extra.title] } };
  return { ...record, members: [first, { ...second, description }] };
}

let dir: string;
let engine: FihrisEngine;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fihris-match-'));
  await buildFihrisIndex(records, { outDir: dir });
  engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir) });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const urls = async (query: string, library?: string) => scoped(query, { library });
const scoped = async (query: string, scope: FacetScope) => (await engine.search(query, scope)).hits.map((hit) => hit.url).sort();

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

  test('finds a record by a subject only another member gave it', async () => {
    expect(await urls('الافلاج ')).toEqual(['r/aflaj.html']);
  });

  test('weighs another member’s variant title as a title', () => {
    const { weights } = recordTerms(records.find((record) => record.id === 'aflaj')!);
    const asTitle = recordTerms(tinyRecord('reference', 'العمانية')).weights;
    for (const term of indexTerms('العمانية')) expect(weights.get(term)).toBeGreaterThanOrEqual(asTitle.get(term)!);
  });

  test.each([
    { given: { yearFrom: 1980, yearTo: 1999 }, want: ['r/aflaj.html', 'r/fiqh1.html'] },
    { given: { yearFrom: 1989, yearTo: 1989 }, want: ['r/fiqh1.html'] },
    { given: { yearFrom: 2000 }, want: ['r/fiqh2.html'] },
    { given: { yearTo: 1900 }, want: [] },
    { given: { subject: 'الري' }, want: ['r/aflaj.html'] },
    { given: { subject: 'الرّي -- عمان', yearFrom: 1990 }, want: ['r/aflaj.html'] },
    { given: { subject: 'الرّي -- عمان', library: 'nizwa' }, want: [] },
    { given: { subject: 'عمان' }, want: [] },
  ])('lists the records of the scope $given for an empty query', async ({ given, want }) => {
    expect(await scoped('', given)).toEqual(want);
  });

  test('narrows a query by a year range', async () => {
    expect(await scoped('الفقه ', { yearFrom: 1950, yearTo: 1999 })).toEqual(['r/fiqh1.html']);
  });

  test('finds nothing for an empty query without a library', async () => {
    expect((await engine.search('  ', {})).total).toBe(0);
  });
});
