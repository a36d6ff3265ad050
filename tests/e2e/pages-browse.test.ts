/**
 * The browse pages of the built sample catalogue, the way a crawler or a web archive meets
 * them: plain links from the browse index reach every union record in both languages, and
 * the pages work with JavaScript off (they carry no script at all).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { readUnionRecords } from './sample-site-data.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const records = readUnionRecords(siteDir);

/** Every page reached from `start` by links that stay inside `within`, and the links seen. */
function crawl(start: string, within: (path: string) => boolean): { pages: Set<string>; links: Set<string> } {
  const pages = new Set<string>([start]);
  const links = new Set<string>();
  const queue = [start];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const html = readFileSync(join(siteDir, path), 'utf8');
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"#?]+)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // another site (a map link): not ours to crawl
      const target = posix.normalize(posix.join(posix.dirname(path), decodeURI(href)));
      links.add(target);
      if (within(target) && target.endsWith('.html') && !pages.has(target)) {
        pages.add(target);
        queue.push(target);
      }
    }
  }
  return { pages, links };
}

describe('browse pages, for crawlers', () => {
  test.each([['ar', ''], ['en', 'en/']])('link every union record from the %s browse index, by plain links through b/ and l/ pages', (_lang, prefix) => {
    const inBrowse = (path: string) => path.startsWith(`${prefix}b/`) || path.startsWith(`${prefix}l/`);
    const { pages, links } = crawl(`${prefix}b/index.html`, inBrowse);
    const unreached = records.filter((r) => !links.has(`${prefix}r/${r.id}.html`)).map((r) => r.id);
    expect(unreached).toEqual([]);
    expect(pages).toContain(`${prefix}b/subject/index.html`);
    expect(pages).toContain(`${prefix}b/author/index.html`);
  });

  test('link every record with a subject from the subject list pages alone', () => {
    const { links } = crawl('b/subject/index.html', (path) => path.startsWith('b/subject/'));
    const withSubject = records.filter((r) => r.description.subjects.length > 0);
    expect(withSubject.length).toBeGreaterThan(0);
    expect(withSubject.filter((r) => !links.has(`r/${r.id}.html`)).map((r) => r.id)).toEqual([]);
  });

  test('carry no script on any browse page', () => {
    const { pages } = crawl('b/index.html', (path) => path.startsWith('b/'));
    const withScript = [...pages].filter((path) => /<script(?![^>]*application\/ld\+json)/.test(readFileSync(join(siteDir, path), 'utf8')));
    expect(withScript).toEqual([]);
  });
});

describe('browse pages, for readers without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  test.each([['b/author/index.html', 'ar'], ['en/b/subject/index.html', 'en']])('%s: a letter link leads to a list page of headings and their records', async (start, lang) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}${start}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.locator('main nav.pager a').first().click();
    expect(page.url()).toMatch(/\/b\/(author|subject)\/\d+\.html$/);
    expect(await page.locator('main h2').count()).toBeGreaterThan(0);
    const recordLinks = await page.$$eval('main ol.record-list a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(recordLinks.length).toBeGreaterThan(0);
    expect(recordLinks.every((href) => /\/r\/[^/]+\.html$/.test(href))).toBe(true);
    await page.close();
  });
});
