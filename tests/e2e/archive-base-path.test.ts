/**
 * A GitHub project site lives under /<repository>/. The sample catalogue is built with
 * --base /fihris/ and served from that subfolder only: every page, asset and index file a
 * reader's browser asks for must be found there, with nothing requested outside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type RunningServer } from '../../src/serve/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { readUnionRecords } from './sample-site-data.ts';

let siteDir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'fihris-base-path-'));
  const build = spawnSync(process.execPath, ['scripts/fihris.ts', 'build', '--content', 'content', '--out', siteDir, '--base', '/fihris/'], {
    encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (build.status !== 0) throw new Error(`fihris build --base /fihris/ failed (exit ${build.status}):\n${build.stderr}`);
  server = await startStaticServer({ root: siteDir, basePath: '/fihris/' });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

/** Opens a page and collects every request it makes and every failed one. */
async function visit(path: string): Promise<{ page: Page; requested: string[]; failed: string[] }> {
  const page = await browser.newPage();
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.goto(`${server.url}${path}`);
  return { page, requested, failed };
}

describe('the sample catalogue served under /fihris/', () => {
  test('the home page finds its stylesheet and links, and asks nothing outside /fihris/', async () => {
    const { page, requested, failed } = await visit('index.html');
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    for (const url of requested) expect(url.startsWith(server.url)).toBe(true);
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links.filter((href) => href.startsWith('http://127.0.0.1'))) expect(link.startsWith(server.url)).toBe(true);
    await page.close();
  });

  test('a record page reached from a library page shows its holdings', async () => {
    const record = readUnionRecords(siteDir)[0];
    const library = record.holdings[0].libraryCode;
    const { page, failed } = await visit(`l/${library}.html`);
    await page.click(`a[href$="r/${record.id}.html"]`);
    await page.waitForSelector('[data-holdings]');
    expect(page.url()).toBe(`${server.url}r/${record.id}.html`);
    expect(failed).toEqual([]);
    await page.close();
  });

  test('search works from the subfolder', async () => {
    const title = readUnionRecords(siteDir)[0].description.title.proper;
    const { page, requested, failed } = await visit(`en/search.html?q=${encodeURIComponent(title)}`);
    const count = await page.waitForSelector('[data-count][data-state="done"]', { timeout: 20_000 });
    expect(Number(await count.getAttribute('data-total'))).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    for (const url of requested) expect(url.startsWith(server.url)).toBe(true);
    await page.close();
  });
});
