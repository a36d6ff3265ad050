/**
 * A smoke test of the search island in a real browser: builds the fixture site (Astro + the
 * Pagefind index), serves it on 127.0.0.1 and searches it with Debian's chromium. The full
 * end-to-end suite over the sample catalogue lives in tests/e2e/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPagefindIndex } from '../../src/build/pagefind-index.ts';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { loadSiteData } from '../../src/site/site-data.ts';
import { launchBrowser } from '../support/browser.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(repoRoot, 'tests/fixtures/site');

describe('the fixture site in a browser', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let outDir: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'fihris-site-'));
    execFileSync(join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir, '--silent'], {
      cwd: repoRoot,
      env: { ...process.env, FIHRIS_SITE_DATA: fixture, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    await buildPagefindIndex(loadSiteData(fixture).records, { outDir });
    server = await startStaticServer({ root: outDir });
    base = server.url;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The record pages the search lists for `path`, once the count is shown. */
  async function resultLinks(path: string, options: { javaScriptEnabled?: boolean } = {}) {
    const page = await browser.newPage(options);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(base + path);
    await page.waitForSelector('[data-count][data-state="done"]');
    const links = await page.$$eval('ol[data-results] li a', (as) => as.map((a) => a.getAttribute('href')));
    const count = await page.textContent('[data-count]');
    await page.close();
    return { links, count, dialogs };
  }

  it('finds an Arabic title typed with bare alef and final ha', async () => {
    const { links } = await resultLinks(`search.html?q=${encodeURIComponent('الاوضاع الاقتصاديه')}`);
    expect(links).toEqual(['./r/a1b2c3.html']);
  });

  it('narrows the results to one library with ?library=', async () => {
    const all = await resultLinks('en/search.html?q=oman');
    const one = await resultLinks('en/search.html?q=oman&library=heritage-ministry');
    expect(all.links).toHaveLength(4);
    expect(one.links?.sort()).toEqual(['../en/r/g7h8i9.html', '../en/r/p7q8r9.html']);
  });

  it('finds nothing when one word of the query is found nowhere', async () => {
    const { links, count } = await resultLinks(`search.html?q=${encodeURIComponent('الاوضاع ققققق')}`);
    expect(links).toEqual([]);
    expect(count).toContain('لم نجد شيئًا يطابق «الاوضاع ققققق».');
  });

  it('shows record data as text, never as markup', async () => {
    const { links, dialogs } = await resultLinks('search.html?q=alert');
    expect(links).toEqual(['./r/xss001.html']);
    expect(dialogs).toEqual([]);
  });

  it('shows a record whose fields carry markup as plain text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}r/xss001.html`);
    expect(await page.textContent('h1')).toBe('<script>alert(1)</script>');
    expect(await page.$$('main img, main iframe, main svg, main script')).toHaveLength(0);
    expect(await page.$$eval('a[href^="javascript:"]', (as) => as.length)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('keeps a record page, HTML and CSS, under 8 KB gzipped', () => {
    for (const page of ['r/a1b2c3.html', 'en/r/a1b2c3.html']) {
      expect(gzipSync(readFileSync(join(outDir, page))).length).toBeLessThan(8 * 1024);
    }
  });

  it('links every page and asset relatively, whatever the base path', () => {
    for (const page of ['index.html', 'en/search.html', 'en/r/g7h8i9.html', 'l/squ-main.html']) {
      const urls = [...readFileSync(join(outDir, page), 'utf8').matchAll(/\b(?:src|href|action)="([^"]*)"/g)].map((m) => m[1]);
      expect(urls.filter((url) => url.startsWith('/'))).toEqual([]);
    }
  });

  it('says that search needs JavaScript when it is off', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}en/search.html?q=oman`);
    expect(await page.innerText('main')).toContain('Search needs JavaScript');
    await page.close();
  });
});
