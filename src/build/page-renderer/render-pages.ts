/**
 * The pages there are many of, rendered after `astro build` from the same route components,
 * outside Astro's page loop: the record pages (r/<id>.html, en/r/<id>.html: records,
 * redirects, tombstones), each library's pages of holdings, the pages of the subject and
 * author lists and of each decade and Dewey class; and the pages made from the whole
 * catalogue (the browse indexes, the acquisition reports), so that a rebuild renders only
 * those whose content changed. Compiled once (compile-renderer.ts),
 * checked byte for byte against the probe pages Astro rendered, then rendered in a bounded
 * pool of worker threads, or linked from the page cache when nothing the page shows changed.
 */
import { mkdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { UnionRecord } from '../../shared/catalog-schema.ts';
import { loadReportData } from '../../reports/load-report-data.ts';
import type { ReportLibrary } from '../../reports/report-data.ts';
import { loadSiteData, loadSiteFrame, siteDataOf, type SiteData } from '../../site/site-data.ts';
import { byteTextOfBytes, textOfByteText } from './byte-text.ts';
import { compileRecordRenderer } from './compile-renderer.ts';
import { openPageCache, pageCacheKey, type PageCache } from './page-cache.ts';
import { finishPage, firstDifference, frameFromProbe, type PageFrame, type SiteBase } from './page-frame.ts';
import { listingPageJobs } from './listing-page-jobs.ts';
import { placeCachedFile, type OutputLedger } from '../output-ledger.ts';
import type { PageRoute } from './page-renderer-entry.ts';
import { recordPageJobs, type RoutedPageJob } from './record-page-jobs.ts';
import type { PageJob, RenderWorkerData } from './render-worker.ts';
import { deleteWhenStopped } from '../delete-when-stopped.ts';
import { createBatchFeeder, createWorkerPool } from './worker-pool.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const batchSize = 100;

export interface SitePagesOptions {
  /** The staged site data (FIHRIS_SITE_DATA) Astro rendered from. */
  dataDir: string;
  /**
   * The union records of the staged union.jsonl, when the caller holds them (the build holds
   * the ingest's): not read again. Without them they are read from `dataDir`.
   */
  records?: UnionRecord[];
  /** The built site, holding Astro's probe pages. */
  outDir: string;
  basePath: string;
  /** Folder of the page cache; none: every page is rendered. */
  cacheDir?: string;
  /** The output folder's ledger (output-ledger.ts): the pages the last build left there stay when unchanged. */
  ledger?: OutputLedger;
  /** Worker threads (default: one per core). */
  workers?: number;
}

export interface SitePagesSummary {
  pages: number;
  rendered: number;
  fromCache: number;
  /** Of those from the cache, the pages the last build left in the output folder (not linked again). */
  kept: number;
  /** Cached pages deleted because no page of this build matched them. */
  pruned: number;
}

export async function renderSitePages(options: SitePagesOptions): Promise<SitePagesSummary> {
  const base = options.basePath.endsWith('/') ? options.basePath : `${options.basePath}/`;
  const site: SiteBase = { base, assetsDir: '_astro' };
  const siteFrame = loadSiteFrame(options.dataDir);
  // The components read the site's frame (libraries, site URL) through FIHRIS_SITE_DATA, in
  // this thread for the probes as in the workers.
  process.env.FIHRIS_SITE_DATA = options.dataDir;
  await mkdir(join(projectRoot, '.fihris'), { recursive: true });
  const scratch = await mkdtemp(join(projectRoot, '.fihris', 'renderer-'));
  const scratchWhenStopped = deleteWhenStopped([scratch]);
  try {
    const compiled = await compileRecordRenderer(scratch);
    const siteData = options.records ? siteDataOf(siteFrame, options.records) : loadSiteData(options.dataDir);
    const reportLibraries = loadReportData(options.dataDir)?.libraries;
    const probes = await probeJobs(allJobs(siteData, reportLibraries));
    const frames = await framesFromProbes(compiled.modulePath, probes, options.outDir, site);
    const rendererKey = pageCacheKey([compiled.codeHash, frames, site]);
    const cache = options.cacheDir ? await openPageCache(options.cacheDir) : undefined;
    const workerData: RenderWorkerData = { modulePath: compiled.modulePath, ...frames, site, outDir: options.outDir };
    const pool = createWorkerPool<PageJob[], number>(new URL('./render-worker.ts', import.meta.url), options.workers ?? availableParallelism(), {
      workerData,
      env: { ...process.env, FIHRIS_SITE_DATA: options.dataDir },
    });
    try {
      const counts = await renderAll(allJobs(siteData, reportLibraries), { rendererKey, cache, ledger: options.ledger, outDir: options.outDir, render: pool.run });
      return { ...counts, pruned: cache ? await cache.prune() : 0 };
    } finally {
      await pool.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
    scratchWhenStopped.release();
  }
}

interface RenderAllContext {
  rendererKey: string;
  cache?: PageCache;
  ledger?: OutputLedger;
  outDir: string;
  render: (jobs: PageJob[]) => Promise<number>;
}

/** Sends batches to the pool, at most four waiting, linking cached pages into the site meanwhile. */
async function renderAll(jobs: AsyncIterable<RoutedPageJob>, context: RenderAllContext): Promise<Omit<SitePagesSummary, 'pruned'>> {
  const feeder = createBatchFeeder(context.render, batchSize);
  const counts = { pages: 0, rendered: 0, fromCache: 0, kept: 0 };
  const folders = new Set<string>();
  for await (const job of jobs) {
    counts.pages++;
    const folder = dirname(join(context.outDir, job.pagePath));
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const key = context.cache && pageCacheKey([context.rendererKey, job.pagePath, job.contentHash()]);
    const cached = key ? context.cache!.lookup(key) : undefined;
    if (cached) {
      counts.fromCache++;
      if (placeCachedFile(context.ledger, context.outDir, job.pagePath, key!, cached)) counts.kept++;
      continue;
    }
    if (key) context.ledger?.record(job.pagePath, key);
    counts.rendered++;
    await feeder.add({ page: job.page, pagePath: job.pagePath, cacheFile: key && context.cache!.fileFor(key) });
  }
  await feeder.finish();
  return counts;
}

/** Every page this renderer writes: record pages, then the listing pages. */
async function* allJobs(data: SiteData, reportLibraries: ReportLibrary[] | undefined): AsyncGenerator<RoutedPageJob> {
  yield* recordPageJobs(data.records, data);
  yield* listingPageJobs(data, reportLibraries);
}

/**
 * The first page of each kind in each language: the ones Astro renders in probe mode
 * (src/site/route-pages.ts gives it the first of each list).
 */
async function probeJobs(jobs: AsyncGenerator<RoutedPageJob>): Promise<RoutedPageJob[]> {
  const probes = new Map<string, RoutedPageJob>();
  for await (const job of jobs) {
    const kind = `${job.page.route} ${probeVariant(job)} ${job.pagePath.startsWith('en/') ? 'en' : 'ar'}`;
    if (!probes.has(kind)) probes.set(kind, job);
  }
  return [...probes.values()];
}

function probeVariant({ page }: RoutedPageJob): string {
  if (page.route === 'record') return page.props.record ? 'record' : page.props.movedTo ? 'moved' : 'gone';
  if (page.route === 'library') return page.props.page === 1 ? 'first page' : 'next pages';
  if (page.route === 'browse-list') return 'listPage' in page.props ? 'headings' : 'groups';
  return '';
}

interface RouteFrames {
  frames: Array<[PageRoute, PageFrame]>;
  inlinedScripts: Array<[string, string]>;
}

/**
 * The frame of each route's pages, learnt from the probe pages Astro built, then each probe
 * rendered here and framed must equal Astro's byte for byte, or the build stops: two
 * renderers that disagree would make pages that depend on which one ran.
 */
async function framesFromProbes(modulePath: string, probes: RoutedPageJob[], outDir: string, site: SiteBase): Promise<RouteFrames> {
  const entry: typeof import('./page-renderer-entry.ts') = await import(pathToFileURL(modulePath).href);
  const bare = await entry.createPageRenderer();
  const built = await Promise.all(probes.map(async (job) => byteTextOfBytes(await readFile(join(outDir, job.pagePath)))));
  const probeFrames = await Promise.all(probes.map(async (job, index) => frameFromProbe(built[index], await bare(job.page))));
  const frameOf = new Map<PageRoute, PageFrame>();
  probes.forEach((job, index) => { if (!frameOf.has(job.page.route)) frameOf.set(job.page.route, probeFrames[index]); });
  const inlinedScripts = [...new Map(probeFrames.flatMap((f) => f.inlinedScripts))];
  const render = await entry.createPageRenderer(new Map(inlinedScripts));
  for (const [index, job] of probes.entries()) {
    const ours = finishPage(await render(job.page), job.pagePath, frameOf.get(job.page.route)!.headStyles, site);
    if (ours !== built[index]) {
      throw new Error(`Page renderer: ${job.pagePath} differs from the page astro build made of it, ${firstDifference(textOfByteText(ours), textOfByteText(built[index]))}. The pages were not written.`);
    }
  }
  return { frames: [...frameOf], inlinedScripts };
}
