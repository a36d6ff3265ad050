/**
 * Everything `fihris build` writes for harvesters and bulk users, after the site is built:
 * sitemaps and OAI static repositories (only with a site URL: both need absolute URLs)
 * and the bulk dumps in OUT/data/dumps. Records go out in permanent-id order, so the files
 * change only where the catalogue does.
 */
import { join } from 'node:path';
import type { IngestResult } from '../ingest/pipeline.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { writeBulkDumps } from './bulk-dumps.ts';
import { compareBytes } from './checksums.ts';
import { writeOaiStaticRepositories } from './oai-static-repository.ts';
import { absoluteUrl, normaliseSiteUrl } from './site-url.ts';
import { sitePagePaths, writeSitemaps } from './sitemap.ts';
import { sourceDate } from './source-date.ts';
import { unionMarcRecord, type UnionMarc } from './union-marc.ts';

export interface ArchiveOptions {
  contentDir: string;
  /** Public URL of the site root, base path included (e.g. https://org.github.io/fihris/). */
  siteUrl?: string;
  /**
   * Folder of the libraries' dumps cache (see library-dumps.ts), so that a rebuild writes only
   * the dumps of libraries whose records changed; none: every dump is written.
   */
  dumpsCacheDir?: string;
  log: (line: string) => void;
}

export async function writeArchiveOutputs(outDir: string, ingest: IngestResult, options: ArchiveOptions): Promise<void> {
  const siteUrl = options.siteUrl ? normaliseSiteUrl(options.siteUrl) : undefined;
  const records = [...ingest.unionRecords].sort((a, b) => compareBytes(a.id, b.id));
  const profiles = ingest.libraries.flatMap((library) => (library.profile ? [library.profile] : []));
  const holdingsTagOf = new Map(profiles.flatMap((p) => (p.holdings ? [[p.code, p.holdings.tag] as const] : [])));
  const unionMarc = (record: UnionRecord): UnionMarc | undefined => unionMarcRecord(record, ingest.sourceRecords, holdingsTagOf);

  if (siteUrl) {
    const pages = sitePagePaths(records.map((r) => r.id), profiles.map((p) => p.code));
    const sitemaps = await writeSitemaps(outDir, siteUrl, pages);
    options.log(`    sitemaps: ${pages.length} pages in ${sitemaps.length - 1} sitemap file(s) under sitemap.xml`);
    const datestamp = (sourceDate(options.contentDir)?.iso ?? '1970-01-01T00:00:00Z').slice(0, 10);
    const adminEmails = [...new Set(profiles.flatMap((p) => (p.interlibraryLoan.email ? [p.interlibraryLoan.email] : [])))].sort(compareBytes);
    const oai = await writeOaiStaticRepositories(outDir, records, { siteUrl, datestamp, adminEmails, unionMarc: (r) => unionMarc(r)?.record });
    options.log(`    OAI-PMH static repositories: ${oai.length - 1} file(s) in oai/`);
  } else {
    options.log('    no site URL (--site): sitemaps and OAI static repositories skipped, they need absolute URLs');
  }

  const recordUrl = (record: UnionRecord) => (siteUrl ? absoluteUrl(siteUrl, record.url) : record.url);
  const dumps = await writeBulkDumps(join(outDir, 'data', 'dumps'), {
    records, libraryCodes: profiles.map((p) => p.code).sort(compareBytes), sourceRecords: ingest.sourceRecords, unionMarc,
    unionMarcSettings: [...holdingsTagOf], recordUrl, cacheDir: options.dumpsCacheDir,
  });
  const { parts, fromCache } = dumps.unionParts;
  const cached = options.dumpsCacheDir
    ? ` (${dumps.files.length - dumps.fromCache} written, ${dumps.fromCache} from the dumps cache; the union's from ${parts} parts, ${fromCache} of them cached)`
    : '';
  options.log(`    bulk dumps: ${dumps.files.length} files in data/dumps/${cached}`);
}

