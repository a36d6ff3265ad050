/**
 * The pages as `fihris build` renders them: `astro build` with the record routes reduced
 * to their probes, then the record pages from the same components in a pool of worker
 * threads (src/build/page-renderer/), through a page cache when given one.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as astroBuild } from 'astro';
import { renderSitePages } from '../../src/build/page-renderer/render-pages.ts';
import { outputSize } from './output-size.ts';
import { seconds, type StageFigures } from './stage-result.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function renderWithOwnRenderer(dataDir: string, outDir: string, cacheDir?: string): Promise<StageFigures> {
  process.env.FIHRIS_SITE_DATA = dataDir;
  process.env.FIHRIS_ASTRO_PAGES = 'probes';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await astroBuild({ root: projectRoot, outDir, base: '/', logLevel: 'warn' });
  const astroSeconds = seconds(started);
  const recordsStarted = performance.now();
  const pages = await renderSitePages({ dataDir, outDir, basePath: '/', cacheDir });
  const recordSeconds = seconds(recordsStarted);
  const took = seconds(started);
  // process.cpuUsage() counts every thread of the process, the render workers included.
  const cpu = process.cpuUsage(cpuBefore);
  const html = outputSize(outDir, (path) => path.endsWith('.html'));
  return {
    seconds: took,
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    astroSeconds,
    recordSeconds,
    recordPages: pages.pages,
    recordPagesRendered: pages.rendered,
    recordPagesFromCache: pages.fromCache,
    recordPagesPerSecond: Math.round(pages.pages / recordSeconds),
    pages: html.files,
    pagesPerSecond: Math.round(html.files / took),
    htmlBytes: html.bytes,
  };
}
