/**
 * A page-renderer worker: imports the compiled renderer once, then renders each batch of
 * pages it is sent, frames them as `astro build` would (page-frame.ts) and writes each to the
 * site and, when asked, to the page cache.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { bytesOfByteText } from './byte-text.ts';
import { linkOrCopy, writeNewFileSync } from './page-cache.ts';
import { finishPage, type PageFrame, type SiteBase } from './page-frame.ts';
import type { PageRoute, RoutedPage } from './page-renderer-entry.ts';

export interface RenderWorkerData {
  modulePath: string;
  /** Each route's frame, learnt from its probe page. */
  frames: Array<[PageRoute, PageFrame]>;
  /** Bundled script id → the code Astro inlined for it, over every route. */
  inlinedScripts: Array<[string, string]>;
  site: SiteBase;
  outDir: string;
}

export interface PageJob {
  page: RoutedPage;
  /** Site-root relative path, e.g. "en/r/abc.html". */
  pagePath: string;
  /** Where to keep a copy for the next build, when the page cache is on. */
  cacheFile?: string;
}

const { modulePath, frames, inlinedScripts, site, outDir } = workerData as RenderWorkerData;
const frameOf = new Map(frames);
const entry: typeof import('./page-renderer-entry.ts') = await import(pathToFileURL(modulePath).href);
const render = await entry.createPageRenderer(new Map(inlinedScripts));

parentPort!.on('message', async (jobs: PageJob[]) => {
  for (const job of jobs) {
    const html = finishPage(await render(job.page), job.pagePath, frameOf.get(job.page.route)!.headStyles, site);
    // Synchronous: this thread has nothing else to do meanwhile, and it saves a round trip
    // through libuv's four shared threads for each of a few hundred thousand files.
    const file = join(outDir, job.pagePath);
    writeNewFileSync(file, bytesOfByteText(html));
    if (job.cacheFile) linkOrCopy(file, job.cacheFile);
  }
  parentPort!.postMessage(jobs.length);
});
