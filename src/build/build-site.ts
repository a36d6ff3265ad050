/**
 * `fihris build`: content folder in, deployable static site out.
 * ingest (parse → … → ids) → data files → Astro pages → beside each other: the many pages
 * (worker threads), the search index and suggestions (a worker thread), bulk data and dumps.
 * The data Astro's process renders from is staged in a folder of its own, and the bulk files
 * go into OUT once that process is done. With the caches on, OUT is kept between builds: the
 * pages and downloads whose cache key is unchanged stay where the last build left them
 * (output-ledger.ts), and Astro builds into a scratch folder moved into OUT when it is done.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnosticJsonLines, diagnosticSummary } from '../ingest/emit/diagnostics-report.ts';
import { rejectionJsonLines } from '../ingest/emit/rejection-report.ts';
import { unionJsonLines } from '../ingest/emit/union-jsonl.ts';
import { writeLines } from '../ingest/emit/write-lines.ts';
import { readIdRegistry, writeIdRegistry } from '../ingest/merge/id-registry.ts';
import { ingestCatalogue, type IngestResult } from '../ingest/pipeline.ts';
import { writeArchiveOutputs } from '../archive/archive-outputs.ts';
import { reportsFromIngest, stageReportData, writeReportCsvs } from '../reports/write-report-files.ts';
import type { ReportLibrary } from '../reports/report-data.ts';
import { probePages, probePagesFile } from '../site/route-pages.ts';
import { loadSiteFrame, siteDataOf } from '../site/site-data.ts';
import { forgetUnusedPageCaches } from './page-renderer/page-cache.ts';
import { renderSitePages } from './page-renderer/render-pages.ts';
import { startAstroPages } from './astro-pages.ts';
import { collectGarbage } from './collect-garbage.ts';
import { deleteWhenStopped } from './delete-when-stopped.ts';
import { openOutputFolder } from './output-ledger.ts';
import { resolveSearchEngine, type SearchEngineChoice, type SearchEngineName } from './search-engine-choice.ts';
import { buildSearchIndexInWorker } from './search-index-thread.ts';
import { siteLibraries } from './site-libraries.ts';
import { stageSiteExtras } from './stage-site-extras.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** URL path the site is served under, e.g. "/fihris/" on a GitHub project site. */
  basePath: string;
  /** The permanent-id registry file; read always, rewritten only when `writeRegistry`. */
  registryPath: string;
  writeRegistry: boolean;
  /** Public URL of the site root, base path included; sitemaps and OAI files need it. */
  siteUrl?: string;
  /** Which search index to write (default auto: by catalogue size). */
  searchEngine?: SearchEngineChoice;
  /**
   * Folder of the page cache, so that a rebuild renders only the pages whose content changed;
   * the downloads', the ingest's, the dumps' and the search index's caches sit beside it
   * (`<folder>-downloads`, `<folder>-ingest`: a rebuild reads again only the libraries whose files
   * changed, `<folder>-dumps`: and writes again only their bulk dumps, `<folder>-search`: and
   * collects for the index only the records whose staged line changed), and the output
   * folder's ledger (`<folder>-output/ledger`: the next build keeps the unchanged pages and
   * downloads in the output folder instead of linking them again). false: no caches, and the
   * output folder is emptied. Default: .fihris/page-cache/<hash of the output folder>.
   */
  pageCacheDir?: string | false;
  log: (line: string) => void;
}

export interface BuildSummary {
  ingest: IngestResult;
  outDir: string;
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const outDir = resolve(options.outDir);
  const registryText = await readFile(options.registryPath, 'utf8').catch(() => '');
  // Resolved once: the ingest, the record pages and the downloads keep their caches side by side.
  const cacheDir = await pageCacheDir(options.pageCacheDir, outDir);
  // The previous site's files that are not kept go while the ingest (one core) runs; the pages
  // wait for them (deleting beside the page writers slowed both down).
  const openingOutput = openOutputFolder(outDir, cacheDir && join(await touchedFolder(`${cacheDir}-output`), 'ledger'));
  // Awaited after the ingest; a failure meanwhile is reported there.
  openingOutput.catch(() => {});

  options.log('1/3 reading the libraries\' catalogues …');
  const ingest = await ingestCatalogue({
    contentDir: resolve(options.contentDir),
    registry: readIdRegistry(registryText),
    cacheDir: cacheDir && await touchedFolder(`${cacheDir}-ingest`),
    onProgress: ({ libraryCode, recordsRead, fromCache }) => options.log(`    ${libraryCode}: ${recordsRead} records${fromCache ? ' (from the ingest cache)' : ''}`),
  });
  logAccounting(ingest, options.log);
  const previousSite = await openingOutput;
  const { ledger } = previousSite;
  if (previousSite.kept) options.log(`    ${previousSite.kept} pages and downloads of the last build in ${outDir}, kept where unchanged`);
  const { problem } = await previousSite.deleted;
  if (problem) options.log(`    warning: ${problem}`);
  // Chosen before the pages are rendered: the search page names its engine.
  const searchEngine = resolveSearchEngine(options.searchEngine ?? 'auto', ingest.unionRecords.length);

  const reports = reportsFromIngest(ingest);

  const stagingDir = await mkdtemp(join(tmpdir(), 'fihris-site-data-'));
  // Astro's process bundles the site's code while the data is staged, and waits for it. It
  // writes into a folder of its own beside OUT (the same file system: its files are moved in
  // by a rename each), never into a file the last build left in OUT.
  const astroDir = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}.astro-`));
  const astro = startAstroPages(stagingDir, astroDir, options.basePath);
  const scratch = deleteWhenStopped([stagingDir, astroDir], () => astro.cancel());
  try {
    let writeSiteExtras: (outDir: string) => Promise<void>;
    try {
      await writeSiteData(stagingDir, ingest, searchEngine);
      await stageReportData(stagingDir, reports);
      writeSiteExtras = await stageSiteExtras(stagingDir, ingest, { ...options, pageCacheDir: cacheDir, ledger });
      // Last: the probes' pages show the staged frame (libraries, covers…), read here once and kept.
      await stageProbePages(stagingDir, ingest, reports.libraries);
    } catch (error) {
      astro.cancel();
      throw error;
    }
    options.log(`2/3 Astro's pages into ${outDir}; the search index (${searchEngine}) and suggestions and the record downloads beside them …`);
    collectGarbage();
    astro.dataStaged();
    // Astro's process reads no catalogue (src/site/static-paths.ts): the search files' worker,
    // with its own copy of the records, starts beside it rather than after it.
    const searchIndex = buildSearchIndexInWorker(join(stagingDir, 'union.jsonl'), outDir, searchEngine, cacheDir && await touchedFolder(`${cacheDir}-search`))
      .then(({ recordsCarried, recordsCollected }) => options.log(`    search index (${searchEngine}) and suggestions written (${recordsCollected} records collected, ${recordsCarried} from the search cache)`));
    const pagesAndBulkFiles = async () => {
      await astro.done;
      await ledger.moveIn(astroDir);
      // Before the staging folder goes: the renderer's workers, and this thread's bulk files
      // between their batches.
      options.log('3/3 record, listing and acquisition pages; bulk data and reports …');
      await allSettledOrThrow([
        renderSitePages({ dataDir: stagingDir, records: ingest.unionRecords, outDir, basePath: options.basePath, cacheDir, ledger })
          .then((summary) => options.log(`    record, listing and acquisition pages: ${summary.pages} (${summary.rendered} rendered, ${summary.fromCache} from the page cache, ${summary.kept} of them left in place)`)),
        (async () => {
          await writeBulkData(join(outDir, 'data'), ingest, join(stagingDir, 'union.jsonl'));
          await writeReportCsvs(outDir, reports);
          await writeArchiveOutputs(outDir, ingest, { ...options, dumpsCacheDir: cacheDir && `${cacheDir}-dumps` });
        })(),
      ]);
    };
    // Every job settles before the staging folder is deleted, even when one fails.
    await allSettledOrThrow([pagesAndBulkFiles(), searchIndex, writeSiteExtras(outDir)]);
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
    await rm(astroDir, { recursive: true, force: true });
    scratch.release();
  }
  const { removed } = await ledger.finish();
  if (removed) options.log(`    ${removed} pages and downloads of the last build no longer in the site, deleted`);
  if (options.writeRegistry) await writeFile(options.registryPath, writeIdRegistry(ingest.registry));
  return { ingest, outDir };
}

async function writeSiteData(dir: string, ingest: IngestResult, searchEngine: SearchEngineName): Promise<void> {
  await writeFile(join(dir, 'search.json'), `${JSON.stringify({ engine: searchEngine })}\n`);
  await writeLines(join(dir, 'union.jsonl'), unionJsonLines(ingest.unionRecords));
  await writeFile(join(dir, 'libraries.json'), `${JSON.stringify(siteLibraries(ingest), null, 1)}\n`);
  await writeFile(join(dir, 'redirects.json'), `${JSON.stringify({ redirects: ingest.redirects, gone: ingest.gone }, null, 1)}\n`);
}

/** The pages Astro renders (route-pages.ts), staged so that its process does not read union.jsonl. */
async function stageProbePages(dir: string, ingest: IngestResult, reportLibraries: ReportLibrary[]): Promise<void> {
  const data = siteDataOf(loadSiteFrame(dir), ingest.unionRecords);
  await writeFile(join(dir, probePagesFile), `${JSON.stringify(probePages(data, reportLibraries))}\n`);
}

async function pageCacheDir(option: string | false | undefined, outDir: string): Promise<string | undefined> {
  if (option === false) return undefined;
  if (option) return resolve(option);
  // One cache per output folder: builds into different folders (tests, benchmarks) never
  // prune each other's pages; those of folders not built for a week are deleted.
  const root = join(projectRoot, '.fihris', 'page-cache');
  await forgetUnusedPageCaches(root, 7);
  return join(root, createHash('sha256').update(outDir).digest('hex').slice(0, 16));
}

/** The folder, created, with its time set to now: unused caches are aged out by that time (forgetUnusedPageCaches). */
async function touchedFolder(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const now = new Date();
  await utimes(folder, now, now);
  return folder;
}

/** Waits for every job, then fails with the first failure: no job is left writing into a folder being deleted. */
async function allSettledOrThrow(jobs: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(jobs)).find((job) => job.status === 'rejected');
  if (failed) throw failed.reason;
}

/** `stagedUnion`: the union.jsonl staged for Astro, the same lines: copied, not serialised again. */
async function writeBulkData(dataDir: string, ingest: IngestResult, stagedUnion: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await copyFile(stagedUnion, join(dataDir, 'union.jsonl'));
  await writeFile(join(dataDir, 'libraries.json'), `${JSON.stringify(siteLibraries(ingest), null, 1)}\n`);
  await writeFile(join(dataDir, 'accounting.json'), `${JSON.stringify(ingest.libraries.map(({ profile, ...account }) => account), null, 1)}\n`);
  await writeLines(join(dataDir, 'rejections.jsonl'), rejectionJsonLines(ingest.rejections));
  await writeLines(join(dataDir, 'diagnostics.jsonl'), diagnosticJsonLines(ingest.diagnostics));
  await writeFile(join(dataDir, 'diagnostics-summary.ar.txt'), `${diagnosticSummary(ingest.diagnostics, 'ar')}\n`);
  await writeFile(join(dataDir, 'diagnostics-summary.en.txt'), `${diagnosticSummary(ingest.diagnostics, 'en')}\n`);
}

function logAccounting(ingest: IngestResult, log: (line: string) => void): void {
  for (const library of ingest.libraries) {
    log(`    ${library.code}: read ${library.recordsRead}, accepted ${library.recordsAccepted}, rejected ${library.recordsRejected}`);
  }
  const members = ingest.unionRecords.reduce((sum, record) => sum + record.members.length, 0);
  log(`    ${members} records → ${ingest.unionRecords.length} union records; ${ingest.rejections.length} rejected`);
  if (ingest.cachedLibraries) log(`    ${ingest.cachedLibraries.length} of ${ingest.libraries.length} libraries unchanged since the last build, read from the ingest cache`);
}
