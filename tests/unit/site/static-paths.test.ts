/**
 * What Astro's route files list. In a `fihris build` (probe mode) Astro's process takes the probes
 * the build staged and never reads union.jsonl; outside a build it lists every page.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { probePages, probePagesFile, routePages, allPages } from '../../../src/site/route-pages.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';
import { acquisitionStaticPaths, browseIndexProps, browseKindStaticPaths, recordStaticPaths } from '../../../src/site/static-paths.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
let staged = '';
let whole = '';
const reportLibraries = [{ code: 'squ-main', name: { ar: 'المكتبة الرئيسية', en: 'Main Library' }, city: { ar: 'مسقط', en: 'Muscat' } }];

beforeAll(async () => {
  whole = await mkdtemp(join(tmpdir(), 'fihris-static-paths-'));
  await cp(join(fixtures, 'site'), whole, { recursive: true });
  await cp(join(fixtures, 'record-pages'), whole, { recursive: true });
  // The staged folder as a build leaves it for Astro, without union.jsonl: a read of it would throw.
  staged = await mkdtemp(join(tmpdir(), 'fihris-static-paths-staged-'));
  await cp(whole, staged, { recursive: true });
  await rm(join(staged, 'union.jsonl'));
  await writeFile(join(staged, probePagesFile), JSON.stringify(probePages(loadSiteData(whole), reportLibraries)));
});
afterAll(async () => {
  await rm(whole, { recursive: true, force: true });
  await rm(staged, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env.FIHRIS_SITE_DATA;
  delete process.env.FIHRIS_ASTRO_PAGES;
});

describe('the route files’ pages in a build (probe mode)', () => {
  it('are the staged probes, the first of each list, with no union.jsonl to read', () => {
    process.env.FIHRIS_SITE_DATA = staged;
    process.env.FIHRIS_ASTRO_PAGES = 'probes';
    const data = loadSiteData(whole);
    // A record, a retired id and a withdrawn id.
    expect(recordStaticPaths().map(({ params }) => params.id)).toEqual([data.records[0].id, data.redirects[0].from, data.gone[0]]);
    expect(browseKindStaticPaths().map(({ params }) => `${params.kind} ${params.page}`)).toEqual(['subject 1', 'decade 1']);
    expect(acquisitionStaticPaths().map(({ params }) => `${params.code} ${params.class}`)).toEqual(['squ-main 000']);
    expect(browseIndexProps().libraries.map((library) => library.code)).toEqual(data.libraries.map((library) => library.code));
  });

  it('are a new list at each call: Astro keys each route’s list by that route’s paths, on the list', () => {
    process.env.FIHRIS_SITE_DATA = staged;
    process.env.FIHRIS_ASTRO_PAGES = 'probes';
    expect(recordStaticPaths()).not.toBe(recordStaticPaths());
    expect(recordStaticPaths()).toEqual(recordStaticPaths());
  });
});

describe('the route files’ pages outside a build', () => {
  it('are every page of the data', () => {
    process.env.FIHRIS_SITE_DATA = whole;
    const data = loadSiteData(whole);
    expect(recordStaticPaths()).toHaveLength(data.records.length + data.redirects.length + data.gone.length);
    expect(browseKindStaticPaths().length).toBeGreaterThan(2);
    expect(browseKindStaticPaths()).toEqual(routePages.browseKind(data, undefined, allPages));
  });
});
