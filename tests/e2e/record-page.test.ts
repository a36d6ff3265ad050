import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { holdingLibraries, readUnionRecords } from './sample-site-data.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const records = readUnionRecords(siteDir);
const libraries: Array<{ code: string; name: { ar: string; en: string } }> =
  JSON.parse(readFileSync(join(siteDir, 'data', 'libraries.json'), 'utf8'));
let browser: Browser;

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('a record page', () => {
  const shared = records.find((record) => holdingLibraries(record).length >= 2);

  test('the sample catalogue has a record held by two libraries', () => {
    expect(shared).toBeDefined();
  });

  test.runIf(shared)('shows the holdings of every library that holds the record', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(`${siteUrl}${shared!.url}`);
    expect(response?.status()).toBe(200);
    const holdingsText = await page.locator('[data-holdings]').innerText();
    for (const code of holdingLibraries(shared!)) {
      const library = libraries.find((l) => l.code === code)!;
      expect(holdingsText).toContain(library.name.ar);
    }
    await page.close();
  });

  test.runIf(shared)('shows the title with JavaScript off, in Arabic and in English', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}${shared!.url}`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').innerText()).toContain(shared!.description.title.proper);
    await page.goto(`${siteUrl}en/${shared!.url}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toContain(shared!.description.title.proper);
    await page.close();
  });
});
