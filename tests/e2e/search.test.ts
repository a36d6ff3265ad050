import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { holdingLibraries, readUnionRecords } from './sample-site-data.ts';

const siteUrl = inject('siteUrl');
const records = readUnionRecords(inject('siteDir'));
let browser: Browser;

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

interface Found {
  /** Record page paths listed in <ol data-results> (the first page of results). */
  urls: string[];
  /** The hit count the page announces. */
  total: number;
}

async function search(page: Page, query: string, library?: string, extra: Record<string, string> = {}): Promise<Found> {
  const params = new URLSearchParams({ q: query, ...(library ? { library } : {}), ...extra });
  await page.goto(`${siteUrl}search.html?${params}`);
  const count = await page.waitForSelector('[data-count][data-state="done"]', { timeout: 20_000 });
  const hrefs = await page.$$eval('ol[data-results] li a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  return {
    urls: hrefs.map((href) => new URL(href).pathname.replace(/^\//, '')),
    total: Number(await count.getAttribute('data-total')),
  };
}

/** Respells hamza-alef and taa marbuta the way a reader's keyboard often does. */
function respell(word: string): string {
  return word.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}

/** A record whose first title words change when respelled: the case a reader meets. */
const respellable = records.find((record) => {
  const firstWords = record.description.title.proper.split(/\s+/).slice(0, 3).join(' ');
  return respell(firstWords) !== firstWords;
});

describe('searching the sample catalogue in a real browser', () => {
  test('the sample catalogue has a title whose first words a keyboard spells differently', () => {
    expect(respellable).toBeDefined();
  });

  test.runIf(respellable)('finds an Arabic title typed with a different hamza and taa marbuta spelling', async () => {
    const page = await browser.newPage();
    const query = respell(respellable!.description.title.proper.split(/\s+/).slice(0, 3).join(' '));
    expect(query).not.toBe(respellable!.description.title.proper.split(/\s+/).slice(0, 3).join(' '));
    const found = await search(page, query);
    expect(found.urls).toContain(respellable!.url);
    await page.close();
  });

  test('the library scope keeps only records that library holds', async () => {
    const page = await browser.newPage();
    const word = mostCommonTitleWord();
    const all = await search(page, word);
    const library = holdingLibraries(records.find((r) => r.url === all.urls[0])!)[0];
    const scoped = await search(page, word, library);
    const holders = new Map(records.map((r) => [r.url, holdingLibraries(r)]));
    expect(scoped.total).toBeGreaterThan(0);
    expect(scoped.total).toBeLessThan(all.total);
    for (const url of scoped.urls) expect(holders.get(url)).toContain(library);
    await page.close();
  });
});

describe('a search asked for by the URL (started before the page builds its controls)', () => {
  test('a library the site does not have searches every library, and the URL says so', async () => {
    const page = await browser.newPage();
    const word = mostCommonTitleWord();
    const all = await search(page, word);
    const unknown = await search(page, word, 'no-such-library');
    expect(unknown.total).toBe(all.total);
    expect(new URL(page.url()).searchParams.has('library')).toBe(false);
    await page.close();
  });

  test('a facet value no control offers is dropped, not searched for: the page shows what its controls say', async () => {
    const page = await browser.newPage();
    const word = mostCommonTitleWord();
    const all = await search(page, word);
    const odd = await search(page, word, undefined, { lang: 'no-such-language', from: 'not-a-year' });
    expect(odd.total).toBe(all.total);
    expect(odd.urls).toEqual(all.urls);
    const url = new URL(page.url());
    expect(url.searchParams.has('lang')).toBe(false);
    expect(url.searchParams.has('from')).toBe(false);
    await page.close();
  });
});

describe('"show more"', () => {
  test('when its download fails, the count line says so and the button, still there, asks again', async () => {
    const page = await browser.newPage();
    const word = mostCommonTitleWord();
    const first = await search(page, word);
    const listed = () => page.$$eval('ol[data-results] > li', (items) => items.length);
    const firstPage = await listed();
    expect(first.total).toBeGreaterThan(firstPage);
    const fragments = '**/pagefind/fragment/**';
    await page.route(fragments, (route) => route.abort());
    await page.click('[data-more]');
    await page.waitForSelector('[data-count][data-state="error"]');
    expect(await page.textContent('[data-count]')).toBe('تعذّر تحميل فهرس البحث. أعد تحميل الصفحة.');
    expect(await listed()).toBe(firstPage);
    await page.unroute(fragments);
    await page.click('[data-more]:not([disabled])');
    await page.waitForSelector('[data-count][data-state="done"]');
    expect(await listed()).toBeGreaterThan(firstPage);
    expect(Number(await page.getAttribute('[data-count]', 'data-total'))).toBe(first.total);
    await page.close();
  });
});

/** A title word shared by many records held by different libraries: a broad query. */
function mostCommonTitleWord(): string {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const word of new Set(record.description.title.proper.split(/\s+/))) {
      if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
