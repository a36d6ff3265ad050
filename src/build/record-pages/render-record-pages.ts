/**
 * The record pages (r/<id>.html, en/r/<id>.html: records, redirects, tombstones), rendered
 * after `astro build` from the same RecordRoute component, outside Astro's page loop:
 * compiled once (compile-renderer.ts), checked byte for byte against the probe pages Astro
 * rendered, then rendered in a bounded pool of worker threads, or copied from the page
 * cache when nothing the page shows has changed.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSiteFrame } from '../../site/site-data.ts';
import { compileRecordRenderer } from './compile-renderer.ts';
import { linkOrCopy, openPageCache, pageCacheKey, type PageCache } from './page-cache.ts';
import { finishPage, firstDifference, frameFromProbe, type PageFrame, type SiteBase } from './page-frame.ts';
import { recordJobs, recordPageJobs, retiredIdJobs, unionRecords, type RecordPageJob } from './record-page-jobs.ts';
import type { PageJob, RenderWorkerData } from './render-worker.ts';
import { createWorkerPool } from './worker-pool.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const batchSize = 100;

export interface RecordPagesOptions {
  /** The staged site data (FIHRIS_SITE_DATA) Astro rendered from. */
  dataDir: string;
  /** The built site, holding Astro's probe pages. */
  outDir: string;
  basePath: string;
  /** Folder of the page cache; none: every page is rendered. */
  cacheDir?: string;
  /** Worker threads (default: one per core). */
  workers?: number;
}

export interface RecordPagesSummary {
  pages: number;
  rendered: number;
  fromCache: number;
  /** Cached pages deleted because no page of this build matched them. */
  pruned: number;
}

export async function renderRecordPages(options: RecordPagesOptions): Promise<RecordPagesSummary> {
  const base = options.basePath.endsWith('/') ? options.basePath : `${options.basePath}/`;
  const site: SiteBase = { base, assetsDir: '_astro' };
  const siteFrame = loadSiteFrame(options.dataDir);
  await mkdir(join(projectRoot, '.fihris'), { recursive: true });
  const scratch = await mkdtemp(join(projectRoot, '.fihris', 'renderer-'));
  try {
    const compiled = await compileRecordRenderer(scratch);
    const frame = await frameFromProbes(compiled.modulePath, options, site);
    const rendererKey = pageCacheKey([compiled.codeHash, frame, site]);
    const cache = options.cacheDir ? await openPageCache(options.cacheDir) : undefined;
    await mkdir(join(options.outDir, 'r'), { recursive: true });
    await mkdir(join(options.outDir, 'en', 'r'), { recursive: true });
    const workerData: RenderWorkerData = { modulePath: compiled.modulePath, frame, site, outDir: options.outDir };
    const pool = createWorkerPool<PageJob[], number>(new URL('./render-worker.ts', import.meta.url), options.workers ?? availableParallelism(), {
      workerData,
      env: { ...process.env, FIHRIS_SITE_DATA: options.dataDir },
    });
    try {
      const counts = await renderAll(recordPageJobs(options.dataDir, siteFrame), { rendererKey, cache, outDir: options.outDir, render: pool.run });
      return { ...counts, pruned: cache ? await cache.prune() : 0 };
    } finally {
      await pool.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

interface RenderAllContext {
  rendererKey: string;
  cache?: PageCache;
  outDir: string;
  render: (jobs: PageJob[]) => Promise<number>;
}

/** Sends batches to the pool, at most four waiting, linking cached pages into the site meanwhile. */
async function renderAll(jobs: AsyncIterable<RecordPageJob>, context: RenderAllContext): Promise<Omit<RecordPagesSummary, 'pruned'>> {
  const inFlight = new Set<Promise<unknown>>();
  const counts = { pages: 0, rendered: 0, fromCache: 0 };
  let batch: PageJob[] = [];
  const send = async () => {
    const sent = context.render(batch).then(() => { inFlight.delete(sent); });
    inFlight.add(sent);
    batch = [];
    if (inFlight.size >= 4) await Promise.race(inFlight);
  };
  for await (const job of jobs) {
    counts.pages++;
    const key = context.cache && pageCacheKey([context.rendererKey, job.pagePath, job.contentHash]);
    const cached = key ? context.cache!.lookup(key) : undefined;
    if (cached) {
      counts.fromCache++;
      linkOrCopy(cached, join(context.outDir, job.pagePath));
      continue;
    }
    counts.rendered++;
    batch.push({ props: job.props, pagePath: job.pagePath, cacheFile: key && context.cache!.fileFor(key) });
    if (batch.length >= batchSize) await send();
  }
  if (batch.length) await send();
  await Promise.all(inFlight);
  return counts;
}

/**
 * The frame of every record page, learnt from the probe pages Astro built (one of each kind
 * in each language, see recordStaticPaths), then each probe rendered here and framed must
 * equal Astro's byte for byte, or the build stops: two renderers that disagree would make
 * pages that depend on which one ran.
 */
async function frameFromProbes(modulePath: string, options: RecordPagesOptions, site: SiteBase): Promise<PageFrame> {
  const entry: typeof import('./record-page-entry.ts') = await import(pathToFileURL(modulePath).href);
  const bare = await entry.createRecordRouteRenderer();
  const probes = await probeJobs(options.dataDir);
  if (probes.length === 0) return { headStyles: '', inlinedScripts: [] };
  const built = await Promise.all(probes.map((job) => readFile(join(options.outDir, job.pagePath), 'utf8')));
  const frames = await Promise.all(probes.map(async (job, index) => frameFromProbe(built[index], await bare(job.props))));
  const frame: PageFrame = { headStyles: frames[0].headStyles, inlinedScripts: [...new Map(frames.flatMap((f) => f.inlinedScripts))] };
  const render = await entry.createRecordRouteRenderer(new Map(frame.inlinedScripts));
  for (const [index, job] of probes.entries()) {
    const ours = finishPage(await render(job.props), job.pagePath, frame, site);
    if (ours !== built[index]) {
      throw new Error(`Record renderer: ${job.pagePath} differs from the page astro build made of it, ${firstDifference(ours, built[index])}. The record pages were not written.`);
    }
  }
  return frame;
}

/** The first page of each kind in each language: the ones Astro renders in probe mode. */
async function probeJobs(dataDir: string): Promise<RecordPageJob[]> {
  const frame = loadSiteFrame(dataDir);
  const records = unionRecords(dataDir);
  const firstRecord = await records.next();
  await records.return(undefined);
  const retired = retiredIdJobs({ ...frame, redirects: frame.redirects.slice(0, 1), gone: frame.gone.slice(0, 1) });
  return [...(firstRecord.done ? [] : recordJobs(firstRecord.value, frame)), ...retired];
}
