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
});
