/**
 * What the pages need beyond union.jsonl and libraries.json, staged for Astro before it
 * renders, and the files they link to, written into the site while Astro renders into a
 * folder of its own:
 * - libraries.json gains `asOf`, the date of each library's last deposit (git);
 * - site.json carries the public site URL, when known (canonical links, Open Graph);
 * - covers.json lists each record's cover image; the WebP files follow the pages;
 * - r/<id>.xml, .mrk, .ris, .bib: the record's downloads, cached beside the record pages.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { IngestResult } from '../ingest/pipeline.ts';
import { normaliseSiteUrl } from '../archive/site-url.ts';
import { coverImages } from './cover-images.ts';
import { libraryDepositDates } from './library-dates.ts';
import type { OutputLedger } from './output-ledger.ts';
import { writeRecordFiles } from './record-files.ts';


export interface ExtrasOptions {
  contentDir: string;
  siteUrl?: string;
  /** The page cache folder build-site.ts resolved (none: no caching); the downloads keep theirs beside it. */
  pageCacheDir?: string;
  /** The output folder's ledger: the downloads the last build left there stay when unchanged. */
  ledger?: OutputLedger;
  log: (line: string) => void;
}

/** Stages the extras in `stagingDir`; the function it returns writes the files into the built site. */
export async function stageSiteExtras(stagingDir: string, ingest: IngestResult, options: ExtrasOptions): Promise<(outDir: string) => Promise<void>> {
  const contentDir = resolve(options.contentDir);
  const siteUrl = options.siteUrl ? normaliseSiteUrl(options.siteUrl) : undefined;
  await addDepositDates(join(stagingDir, 'libraries.json'), contentDir);
  await writeFile(join(stagingDir, 'site.json'), `${JSON.stringify({ siteUrl })}\n`);
  const covers = await coverImages(contentDir, ingest.unionRecords);
  const coverList = Object.fromEntries([...covers].map(([id, { path, width, height }]) => [id, { path, width, height }]));
  await writeFile(join(stagingDir, 'covers.json'), `${JSON.stringify(coverList)}\n`);

  return async (outDir) => {
    for (const cover of covers.values()) {
      await mkdir(dirname(join(outDir, cover.path)), { recursive: true });
      await writeFile(join(outDir, cover.path), cover.bytes);
    }
    const holdingsTagOf = new Map(ingest.libraries.flatMap((l) => (l.profile?.holdings ? [[l.code, l.profile.holdings.tag] as const] : [])));
    const started = performance.now();
    const files = await writeRecordFiles(outDir, {
      records: ingest.unionRecords,
      sourceRecords: ingest.sourceRecords,
      holdingsTagOf,
      siteUrl,
      // Beside the page cache, not inside it: the page cache lists its whole folder when it
      // opens, and four downloads a record would quadruple that listing; forgetUnusedPageCaches
      // ages both out together.
      cacheDir: options.pageCacheDir && `${options.pageCacheDir}-downloads`,
      ledger: options.ledger,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    options.log(`    record downloads: ${files.files} files (MARCXML, MRK, RIS, BibTeX; ${files.written} written, ${files.fromCache} from the cache, ${files.kept} of them left in place) in ${seconds} s; covers: ${covers.size}`);
  };
}

async function addDepositDates(librariesFile: string, contentDir: string): Promise<void> {
  const libraries: Array<{ code: string; asOf?: string }> = JSON.parse(await readFile(librariesFile, 'utf8'));
  const dates = libraryDepositDates(contentDir, libraries.map((library) => library.code));
  const dated = libraries.map((library) => ({ ...library, asOf: dates.get(library.code) }));
  await writeFile(librariesFile, `${JSON.stringify(dated, null, 1)}\n`);
}
