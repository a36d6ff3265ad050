/**
 * Untrusted catalogue data stays inert: a small dedicated catalogue full of markup and
 * script payloads (tests/fixtures/hostile-content) is built with the real `fihris build`,
 * served, and read in chromium: no dialog, no element made from data, no javascript: link,
 * JSON-LD that parses back to the literal text, a CSP, and escaped downloads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { readUnionRecords } from './sample-site-data.ts';

let browser: Browser;
let server: RunningServer;
let siteDir: string;
let recordId: string;
const titlePayload = "<script>alert('title')</script> كتاب الاختبار";

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'fihris-hostile-'));
  const build = spawnSync(process.execPath, ['scripts/fihris.ts', 'build', '--content', 'tests/fixtures/hostile-content', '--out', siteDir], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`fihris build failed:\n${build.stderr}`);
  recordId = readUnionRecords(siteDir).find((r) => r.description.title.proper.includes('<script>'))!.id;
  server = await startStaticServer({ root: siteDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

/** Opens a page, and fails the test on any dialog (alert, confirm, prompt) it raises. */
async function open(path: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  await page.goto(`${server.url}${path}`);
  return { page, dialogs };
}

async function elementsFromData(page: Page): Promise<number> {
  return page.$$eval('img[src="x"], svg, iframe, b, [onerror], [onload], main script:not([type="module"]):not([type="application/ld+json"])', (found) => found.length);
}

describe('hostile catalogue data', () => {
  const pages = () => [`r/${recordId}.html`, `en/r/${recordId}.html`, 'l/evil-lib.html', 'en/l/evil-lib.html', 'b/subject/1.html', 'b/author/1.html', 'b/subject/index.html', 'b/author/index.html', 'index.html'];

  test('raises no dialog and creates no element from data on any page', async () => {
    for (const path of pages()) {
      const { page, dialogs } = await open(path);
      await page.waitForTimeout(100);
      expect(dialogs, path).toEqual([]);
      expect(await elementsFromData(page), path).toBe(0);
      expect(await page.$$eval('a[href]', (links) => links.filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length), path).toBe(0);
      await page.close();
    }
  });

  test('shows the payload as text on the record page', async () => {
    const { page } = await open(`r/${recordId}.html`);
    expect(await page.locator('h1').innerText()).toBe(titlePayload);
    await page.close();
  });

  test('carries the payload literally in JSON-LD that still parses', async () => {
    const { page } = await open(`r/${recordId}.html`);
    const scripts = await page.$$eval('script[type="application/ld+json"]', (found) => found.map((s) => s.textContent ?? ''));
    expect(scripts).toHaveLength(1);
    const jsonLd = JSON.parse(scripts[0]);
    expect(jsonLd.name).toBe(titlePayload);
    expect(scripts[0]).not.toContain('</script');
    await page.close();
  });

  test('every page has a Content-Security-Policy that forbids other origins and plugins', async () => {
    for (const path of pages()) {
      const html = await readFile(join(siteDir, path), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, path).toMatch(/^default-src 'self'; script-src 'self'[^;]*; style-src 'self'[^;]*; img-src 'self' data:; object-src 'none'; base-uri 'none'/);
    }
  });

  test('search results show the payload as text', async () => {
    const { page, dialogs } = await open(`search.html?q=${encodeURIComponent('كتاب الاختبار')}`);
    await page.waitForSelector('[data-count][data-state="done"]', { timeout: 20_000 });
    expect(await page.locator('ol[data-results]').innerText()).toContain("<script>alert('title')</script>");
    expect(await elementsFromData(page)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('the MARCXML and MRK downloads carry the payload escaped for their format', async () => {
    const xml = await (await fetch(`${server.url}r/${recordId}.xml`)).text();
    expect(xml).toContain('&lt;script&gt;alert(\'title\')&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    const mrk = await (await fetch(`${server.url}r/${recordId}.mrk`)).text();
    expect(mrk).toContain("=245  10$a<script>alert('title')</script> كتاب الاختبار /$c</script><script>alert('jsonld')</script>");
    expect(mrk.split('\n').filter((line) => line.startsWith('=245'))).toHaveLength(2);
  });

  test('the cover is a small WebP with its size on the img element', async () => {
    const { page } = await open(`r/${recordId}.html`);
    const cover = page.locator('img.cover');
    expect(await cover.getAttribute('src')).toMatch(/^\.\.\/covers\/[0-9a-f]{12}\.webp$/);
    expect(await cover.getAttribute('width')).toBe('240');
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
    await page.close();
  });
});
