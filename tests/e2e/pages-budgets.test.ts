/**
 * What a reader's browser downloads, checked on the built sample catalogue: record pages
 * within 8 KB gzip (HTML with its inlined CSS), system fonts only, Lighthouse mobile ≥ 95
 * in every category and no serious or critical axe-core violation, on a record, library,
 * browse and search page. Everything runs against 127.0.0.1 with Debian's chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import lighthouse from 'lighthouse';
import { chromiumPath, launchBrowser } from '../support/browser.ts';
import { holdingLibraries, readUnionRecords } from './sample-site-data.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const records = readUnionRecords(siteDir);
const shared = records.reduce((best, r) => (holdingLibraries(r).length > holdingLibraries(best).length ? r : best));
const library = holdingLibraries(shared)[0];
const pages = {
  record: shared.url,
  library: `l/${library}.html`,
  browse: 'b/subject/1.html',
  search: `search.html?q=${encodeURIComponent('عمان')}`,
};
const budgetBytes = 8 * 1024;
/**
 * Lighthouse's mobile bar is 95 in every category, the search page's performance included:
 * Pagefind runs in its worker (WebAssembly, decompression and search off the main thread) and
 * is preloaded with the island. Lighthouse's simulation leaves the worker's own requests out of
 * the page's dependency graph, so the search page's LCP it reports is optimistic for Pagefind.
 */
const performanceBar: Record<string, number> = { record: 95, library: 95, browse: 95, search: 95 };
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('page weight', () => {
  test('every record page is at most 8 KB gzip, HTML and CSS together, in both languages', () => {
    const sizes = [...htmlFiles(join(siteDir, 'r')), ...htmlFiles(join(siteDir, 'en', 'r'))]
      .map((file) => ({ file, bytes: gzipSync(readFileSync(file), { level: 9 }).length }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    expect(sizes.length).toBeGreaterThanOrEqual(records.length * 2);
    expect(largest.bytes, largest.file).toBeLessThanOrEqual(budgetBytes);
  });

  test('the search island\'s script is at most 17 KB gzip and carries only the search\'s own words', () => {
    const scripts = readdirSync(join(siteDir, '_astro')).filter((f) => f.endsWith('.js'))
      .map((f) => ({ file: f, text: readFileSync(join(siteDir, '_astro', f), 'utf8') }));
    const island = scripts.find((s) => s.text.includes('Did you mean:'));
    expect(island, 'no script with the search strings').toBeDefined();
    expect(gzipSync(island!.text, { level: 9 }).length, island!.file).toBeLessThanOrEqual(17 * 1024);
    // Vite's module-preload helper (658 bytes gzip), which its one lazy import does not need (plain-lazy-imports.ts).
    expect(island!.text).not.toContain('vite:preloadError');
    // A record page's label: the whole site table once made 19.8 KB of the island's 54 KB.
    expect(scripts.filter((s) => s.text.includes('Physical description')).map((s) => s.file)).toEqual([]);
  });

  test('uses system fonts only: no @font-face and no font files', () => {
    const files = readdirSync(siteDir, { recursive: true }) as string[];
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    const css = files.filter((f) => /\.(css|html)$/.test(f) && !f.startsWith('pagefind')).slice(0, 400)
      .map((f) => readFileSync(join(siteDir, f), 'utf8'));
    expect(css.some((text) => text.includes('@font-face'))).toBe(false);
  });
});

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  for (const [name, path] of Object.entries(pages)) {
    for (const prefix of ['', 'en/']) {
      test(`the ${name} page ${prefix ? 'in English' : 'in Arabic'} has no serious or critical violation`, async () => {
        // The page's own CSP would (rightly) refuse the injected axe script.
        const context = await browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${siteUrl}${prefix}${path}`);
        if (name === 'search') await page.waitForSelector('[data-count][data-state="done"]', { timeout: 20_000 });
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('Lighthouse (mobile)', () => {
  let chromium: ChildProcess;
  let profile: string;
  const port = 9300 + Math.floor(Math.random() * 500);

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'fihris-lighthouse-'));
    chromium = spawn(chromiumPath, [`--remote-debugging-port=${port}`, '--headless', '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`chromium did not open its debugging port ${port}`);
  });
  afterAll(async () => {
    if (chromium && chromium.exitCode === null) {
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill();
      await exited;
    }
    if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  });

  for (const [name, path] of Object.entries(pages)) {
    // Three runs, judged by the best: a busy host (other tests, other processes) only ever adds
    // main-thread time and lowers the performance score, never raises it, so the best run is the
    // page's own figure. The other categories do not vary from run to run.
    test(`the ${name} page meets its Lighthouse bar in every category (best of 3 runs)`, { timeout: 240_000 }, async () => {
      const runs: Array<{ scores: Record<string, number>; failing: string[] }> = [];
      for (let run = 0; run < 3; run++) {
        const result = await lighthouse(`${siteUrl}${path}`, {
          port, output: 'json', logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result!.lhr;
        runs.push({
          scores: Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)])),
          failing: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
            .map((a) => a.id),
        });
      }
      for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
        const scores = runs.map((r) => r.scores[category]).sort((a, b) => a - b);
        const failing = [...new Set(runs.flatMap((r) => r.failing))].join(', ');
        const bar = category === 'performance' ? performanceBar[name] : 95;
        expect(scores[2], `${category} ${JSON.stringify(scores)}; audits below 100: ${failing}`).toBeGreaterThanOrEqual(bar);
      }
    });
  }
});
