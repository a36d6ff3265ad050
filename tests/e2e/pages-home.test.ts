import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the home page, for librarians', () => {
  test.each([
    ['index.html', 'reports/index.html', 'contribute.html'],
    ['en/index.html', 'en/reports/index.html', 'en/contribute.html'],
  ])('%s links to the reports and to the contributor guide', async (home, reports, contribute) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}${home}`);
    const targets = await page.$$eval('main a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(targets).toContain(`${siteUrl}${reports}`);
    expect(targets).toContain(`${siteUrl}${contribute}`);
    await page.close();
  });

  test('the contributor guide shows each language in its own direction, with no blocked inline style', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => { if (message.text().includes('Content Security Policy')) violations.push(message.text()); });
    await page.goto(`${siteUrl}en/contribute.html`);
    expect(await page.locator('main [lang="ar"][dir="rtl"] h2').first().innerText()).toBe('بالعربية');
    expect(await page.locator('main [lang="en"][dir="ltr"] h2').first().innerText()).toBe('In English');
    expect(violations).toEqual([]);
    await page.close();
  });
});
