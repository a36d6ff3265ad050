/**
 * The pages the build renders outside `astro build` (records, library holdings, browse lists
 * and groups) must be the pages `astro build` renders through getStaticPaths, byte for byte:
 * both benchmark stages run on the same fixture and every page of the two sites is compared.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStageFigures, type StageFigures } from '../../../scripts/bench/stage-result.ts';
import { computeReports } from '../../../src/reports/compute-reports.ts';
import { stageReportData } from '../../../src/reports/write-report-files.ts';
import { readUnionRecords } from '../../../src/site/site-data.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
let work = '';
let cachedRun: StageFigures = {};

async function stage(script: string, dataDir: string, outDir: string, extra: string[] = []): Promise<StageFigures> {
  // Each build runs from a scratch folder inside the project, as `fihris build` does.
  await mkdir(join(repoRoot, '.fihris'), { recursive: true });
  const cwd = await mkdtemp(join(repoRoot, '.fihris', 'test-'));
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/bench/stages', script), dataDir, outDir, ...extra], {
    cwd, encoding: 'utf8', env: { ...process.env, FIHRIS_ASTRO_PAGES: '' },
  });
  await rm(cwd, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr}`);
  return parseStageFigures(run.stdout)!;
}

async function sitePages(site: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const paths = (await readdir(site, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
  for (const path of paths) pages.set(path, await readFile(join(site, path), 'utf8'));
  return pages;
}

// Astro's own are the home, search, contribute and report pages.
const renderedHere = (path: string) => /^(en\/)?(r|l|b|reports\/acquisition)\//.test(path);

/** The reports' figures for the fixture, staged as a build stages them: with them come the acquisition pages. */
async function stageReports(dataDir: string): Promise<void> {
  const libraries = JSON.parse(await readFile(join(dataDir, 'libraries.json'), 'utf8')) as Array<{ code: string; name: { ar: string; en: string }; city: { ar: string; en: string } }>;
  await stageReportData(dataDir, computeReports({
    libraries: libraries.map(({ code, name, city }) => ({ code, name, city })),
    records: readUnionRecords(join(dataDir, 'union.jsonl')),
    accounting: libraries.map(({ code }) => ({ code, recordsRead: 0, recordsAccepted: 0, recordsRejected: 0 })),
    diagnostics: [],
    facts: { fixedField008: () => true },
  }));
}

describe('the page renderer', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'fihris-page-renderer-'));
    const data = join(work, 'data');
    await cp(join(repoRoot, 'tests/fixtures/site'), data, { recursive: true });
    await cp(join(repoRoot, 'tests/fixtures/record-pages'), data, { recursive: true });
    await stageReports(data);
    await stage('render.ts', data, join(work, 'astro'));
    await stage('render-own.ts', data, join(work, 'own'), [join(work, 'cache')]);
    // A second run through the same cache: every page now comes from it.
    cachedRun = await stage('render-own.ts', data, join(work, 'cached'), [join(work, 'cache')]);
  }, 240_000);
  afterAll(async () => { await rm(work, { recursive: true, force: true }); });

  it('writes every page astro build writes, in both languages', async () => {
    const [astro, own] = await Promise.all([sitePages(join(work, 'astro')), sitePages(join(work, 'own'))]);
    expect([...own.keys()]).toEqual([...astro.keys()]);
  });

  it('renders the record, library and browse pages itself: all but one of each kind', async () => {
    const pages = [...(await sitePages(join(work, 'own'))).keys()].filter(renderedHere);
    expect(pages.filter((path) => /^(en\/)?r\//.test(path))).toHaveLength(2 * (8 + 2 + 2));
    expect(pages.filter((path) => /^(en\/)?l\//.test(path)).length).toBeGreaterThan(2);
    expect(pages.filter((path) => /^(en\/)?b\/(subject|author)\//.test(path)).length).toBeGreaterThan(2);
    expect(pages.filter((path) => /^(en\/)?b\/(decade|dewey)\/[^/]+\//.test(path)).length).toBeGreaterThan(2);
    // One per library and Dewey main class (ten and the unclassified), in each language.
    const libraries = new Set(pages.filter((path) => path.startsWith('l/')).map((path) => path.split('/')[1].replace(/\.html$/, '')));
    expect(pages.filter((path) => /^(en\/)?reports\/acquisition\//.test(path))).toHaveLength(2 * 11 * libraries.size);
    expect(cachedRun.recordPages).toBe(pages.length);
  });

  it('writes each page byte for byte as astro build does', async () => {
    const [astro, own] = await Promise.all([sitePages(join(work, 'astro')), sitePages(join(work, 'own'))]);
    for (const [path, html] of astro) expect(own.get(path), path).toBe(html);
  });

  it('renders nothing again when nothing changed', () => {
    expect(cachedRun.recordPagesRendered).toBe(0);
    expect(cachedRun.recordPagesFromCache).toBe(cachedRun.recordPages);
  });

  it('gives the same pages from its cache', async () => {
    const [astro, cached] = await Promise.all([sitePages(join(work, 'astro')), sitePages(join(work, 'cached'))]);
    for (const [path, html] of astro) expect(cached.get(path), path).toBe(html);
  });
});
