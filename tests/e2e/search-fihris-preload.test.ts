import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSearchSite, type SearchSite } from '../conformance/search-site.ts';
import { launchBrowser } from '../support/browser.ts';

let site: SearchSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([buildSearchSite('fihris'), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the search page of a site with the own index', () => {
  test('asks for the index root with the page, and the engine uses that download instead of fetching it again', async () => {
    const page = await browser.newPage();
    const rootRequests: string[] = [];
    page.on('request', (request) => { if (request.url().endsWith('/fihris-index/root.json')) rootRequests.push(request.url()); });
    await page.goto(`${site.url}search.html?q=${encodeURIComponent('عمان')}`);
    await page.locator('[data-count][data-state="done"]').waitFor();
    expect(await page.locator('link[rel="preload"][as="fetch"]').getAttribute('href')).toBe('fihris-index/root.json');
    expect(Number(await page.locator('[data-count]').getAttribute('data-total'))).toBeGreaterThan(0);
    expect(rootRequests).toHaveLength(1);
    await page.close();
  });

  test("starts the first query's dictionary reads before the rest of the page's script has arrived, and reads each file once", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // A slow link's latency, so that the order of the downloads shows.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 200_000, uploadThroughput: 100_000 });
    const indexRequests: string[] = [];
    page.on('request', (request) => { if (request.url().includes('/fihris-index/')) indexRequests.push(new URL(request.url()).pathname); });
    await page.goto(`${site.url}search.html?q=${encodeURIComponent('تاريخ عمان')}`);
    await page.locator('[data-count][data-state="done"]').waitFor();
    const downloads = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => ({
      path: new URL(entry.name).pathname, startTime: entry.startTime, responseEnd: (entry as PerformanceResourceTiming).responseEnd,
    })));
    const restOfScript = downloads.find((d) => /\/_astro\/search-page\.[\w-]+\.js$/.test(d.path));
    const dictionaryPage = downloads.find((d) => d.path.includes('/fihris-index/i/'));
    const dictionaryChunk = downloads.find((d) => d.path.includes('/fihris-index/d/'));
    expect(restOfScript, 'the page loads the rest of its script in a second part').toBeDefined();
    expect(dictionaryPage!.startTime).toBeLessThan(restOfScript!.responseEnd);
    expect(dictionaryChunk).toBeDefined();
    expect(Number(await page.locator('[data-count]').getAttribute('data-total'))).toBeGreaterThan(0);
    expect(indexRequests).toEqual([...new Set(indexRequests)]);
    await context.close();
  });
});
