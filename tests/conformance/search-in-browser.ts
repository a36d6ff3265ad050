/**
 * Runs one search the way a reader does: opens search.html with the query in the URL, waits for
 * the island to settle, and reads what the page shows (every page of results).
 */
import type { Page } from 'playwright-core';

export interface PageResults {
  /** Record pages listed in <ol data-results>, relative to the site root ("r/<id>.html"). */
  urls: string[];
  /** The count the page announces (data-total). */
  total: number;
  /** The text of the count line. */
  message: string;
}

export async function searchInBrowser(page: Page, siteUrl: string, params: Record<string, string>, path = 'search.html'): Promise<PageResults> {
  await page.goto(`${siteUrl}${path}?${new URLSearchParams(params)}`);
  const count = await page.waitForSelector('[data-count][data-state="done"]', { timeout: 20_000 });
  await showAllPages(page);
  const hrefs = await page.$$eval('ol[data-results] li a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  return {
    urls: hrefs.map((href) => new URL(href).pathname.replace(/^\/(en\/)?/, '')),
    total: Number(await count.getAttribute('data-total')),
    message: (await count.textContent()) ?? '',
  };
}

/** Presses "show more" until every result is listed. */
async function showAllPages(page: Page): Promise<void> {
  for (;;) {
    const more = await page.$('[data-more]:not([hidden])');
    if (!more) return;
    const before = await page.$$eval('ol[data-results] > li', (items) => items.length);
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('ol[data-results] > li').length > n, before);
  }
}
