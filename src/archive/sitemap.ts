/**
 * Sitemaps (sitemaps.org 0.9): OUT/sitemap.xml is an index of OUT/sitemap-<n>.xml files,
 * each within the protocol's limit of 50,000 URLs. Child sitemaps sit at the root because
 * a sitemap may only list URLs at or below its own folder. No <lastmod>: the build has no
 * honest date for a page, and a wall-clock one would break byte-identical builds.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeXml } from '../ingest/emit/marcxml-writer.ts';
import { browseIndexPath, browseKindStartPath, homePath, libraryPath, recordPath, searchPath } from '../site/page-paths.ts';
import { absoluteUrl } from './site-url.ts';

const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const maxUrlsPerSitemap = 50_000;

/**
 * Every page of the site, relative to its root: both languages of every page. Of the browse
 * lists, the way in to each (crawlers reach every list page from there by plain links).
 */
export function sitePagePaths(recordIds: string[], libraryCodes: string[]): string[] {
  const paths: string[] = [];
  for (const lang of ['ar', 'en'] as const) {
    paths.push(homePath(lang), searchPath(lang), browseIndexPath(lang));
    for (const kind of ['subject', 'author', 'decade', 'dewey']) paths.push(browseKindStartPath(lang, kind));
    for (const code of libraryCodes) paths.push(libraryPath(lang, code));
    for (const id of recordIds) paths.push(recordPath(lang, id));
  }
  return paths;
}

export interface SitemapFile {
  /** Path relative to the site root. */
  path: string;
  xml: string;
}

/** The index and its sitemap files; the index is first. */
export function sitemapFiles(siteUrl: string, pagePaths: string[], maxUrls = maxUrlsPerSitemap): SitemapFile[] {
  const children: SitemapFile[] = [];
  for (let start = 0; start < pagePaths.length; start += maxUrls) {
    const urls = pagePaths.slice(start, start + maxUrls).map((p) => `  <url><loc>${escapeXml(absoluteUrl(siteUrl, p))}</loc></url>`);
    children.push({ path: `sitemap-${children.length + 1}.xml`, xml: wrap('urlset', urls) });
  }
  const entries = children.map((c) => `  <sitemap><loc>${escapeXml(absoluteUrl(siteUrl, c.path))}</loc></sitemap>`);
  return [{ path: 'sitemap.xml', xml: wrap('sitemapindex', entries) }, ...children];
}

function wrap(root: string, lines: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">\n${lines.map((l) => `${l}\n`).join('')}</${root}>\n`;
}

export async function writeSitemaps(outDir: string, siteUrl: string, pagePaths: string[]): Promise<string[]> {
  const files = sitemapFiles(siteUrl, pagePaths);
  for (const file of files) await writeFile(join(outDir, file.path), file.xml);
  return files.map((f) => f.path);
}
