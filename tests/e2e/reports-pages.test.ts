import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const libraries: Array<{ code: string; name: { ar: string; en: string } }> =
  JSON.parse(readFileSync(join(siteDir, 'data', 'libraries.json'), 'utf8'));
let browser: Browser;

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const csvRows = (file: string) => readFileSync(join(siteDir, 'reports', file), 'utf8').replace(/^\uFEFF/, '').trim().split('\n');

describe('report downloads', () => {
  test('reports/libraries.csv has a header and one row per library', () => {
    const [header, ...rows] = csvRows('libraries.csv');
    expect(header.split(',').slice(0, 3)).toEqual(['code', 'name_ar', 'name_en']);
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(libraries.map((l) => l.code).sort());
  });

  test('reports/overlap.csv is square, with each library\'s titles on the diagonal', () => {
    const [header, ...rows] = csvRows('overlap.csv');
    expect(header.split(',').length).toBe(libraries.length + 1);
    rows.forEach((row, i) => expect(Number(row.split(',')[i + 1])).toBeGreaterThan(0));
  });
});

describe('the reports pages with JavaScript off', () => {
  test('show the consortium report with its heat map in Arabic and in English', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const [path, lang, dir] of [['reports/index.html', 'ar', 'rtl'], ['en/reports/index.html', 'en', 'ltr']]) {
      const response = await page.goto(`${siteUrl}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('html').getAttribute('dir')).toBe(dir);
      await expect.poll(() => page.locator('svg[data-heat-map] rect').count()).toBe(libraries.length ** 2);
      expect(await page.locator('#overlap-table tbody tr').count()).toBe(libraries.length);
      expect(await page.locator('table caption').count()).toBeGreaterThan(5);
      expect(await page.locator('script').count()).toBe(0);
    }
    await page.close();
  });

  test('lead from the consortium report to a library\'s report, quality page and acquisition list', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const library = libraries[0];
    await page.goto(`${siteUrl}en/reports/index.html`);
    await page.getByRole('link', { name: library.name.en, exact: true }).first().click();
    expect(page.url()).toBe(`${siteUrl}en/reports/${library.code}.html`);
    await page.getByRole('link', { name: /^200 / }).click();
    expect(page.url()).toBe(`${siteUrl}en/reports/acquisition/${library.code}/200.html`);
    const lacking = Number(await page.locator('[data-lacking]').getAttribute('data-lacking'));
    expect(await page.locator('[data-lacking] li').count()).toBe(Math.min(lacking, 500));
    await page.goto(`${siteUrl}reports/quality/${library.code}.html`);
    expect(await page.locator('h1').innerText()).toContain(library.name.ar);
    expect(await page.locator('#measures-table tbody tr').count()).toBe(6);
    await page.close();
  });
});
