/**
 * The search conformance suite: the same behaviour cases, in a real browser, against any search
 * engine. An engine's test file is one line:
 *
 *   describeSearchConformance('pagefind', () => buildSearchSite('pagefind'));
 *
 * `setup` builds a site from tests/fixtures/search/ whose search page uses the engine, and
 * serves it. Cases name records by their 001; the built site's data/union.jsonl maps each 001
 * to its union record's page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { scopeCases } from './scope-cases.ts';
import { searchInBrowser } from './search-in-browser.ts';
import type { SearchSite } from './search-site.ts';
import { variantCases, type SearchCase } from './variant-cases.ts';

export interface ConformanceOptions {
  /**
   * Names of cases this engine is known to fail, each with why in a comment where it is given.
   * They run as `test.fails`: the suite stays green, and turns red the day the gap closes.
   */
  knownGaps?: readonly string[];
}

export function describeSearchConformance(engineName: string, setup: () => Promise<SearchSite>, options: ConformanceOptions = {}): void {
  const gaps = new Set(options.knownGaps);
  const unknown = [...gaps].filter((name) => ![...variantCases, ...scopeCases].some((one) => one.name === name));
  if (unknown.length) throw new Error(`knownGaps names no case: ${unknown.join('; ')}. Use a case name from variant-cases.ts or scope-cases.ts.`);
  describe(`search conformance: ${engineName}`, () => {
    let site: SearchSite;
    let browser: Browser;
    let page: Page;
    let pageOf: Map<string, string>;
    const failed: string[] = [];

    beforeAll(async () => {
      site = await setup();
      pageOf = pagesByControlNumber(site.siteDir);
      browser = await launchBrowser();
      page = await browser.newPage();
    }, 300_000);

    afterAll(async () => {
      const total = variantCases.length + scopeCases.length;
      console.log(`${engineName}: ${total - failed.length}/${total} search cases pass${failed.length ? `; failing:\n  ${failed.join('\n  ')}` : ''}`);
      await browser?.close();
      await site?.close();
    });

    async function check(one: SearchCase): Promise<void> {
      const found = await searchInBrowser(page, site.url, { q: one.q, ...one.params });
      const urlOf = (id: string) => pageOf.get(id) ?? `(no record ${id} in the test content)`;
      try {
        expect(found.urls).toEqual(expect.arrayContaining(one.want.map(urlOf)));
        for (const id of one.not ?? []) expect(found.urls).not.toContain(urlOf(id));
        if (one.none) expect(found).toMatchObject({ urls: [], total: 0 });
        expect(found.total).toBe(found.urls.length);
      } catch (error) {
        failed.push(`[${one.kind}] ${one.name} (${one.q})`);
        throw error;
      }
    }

    describe('spelling variants', () => {
      for (const one of variantCases) (gaps.has(one.name) ? test.fails : test)(`${one.name} (${one.kind})`, () => check(one));
    });
    describe('scopes and facets', () => {
      for (const one of scopeCases) (gaps.has(one.name) ? test.fails : test)(`${one.name} (${one.kind})`, () => check(one));
    });
  });
}

/** 001 → the page of the union record it belongs to, from the built site's union.jsonl. */
function pagesByControlNumber(siteDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const lines = readFileSync(join(siteDir, 'data', 'union.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const record = JSON.parse(line) as { url: string; members: { controlNumber?: string }[] };
    for (const member of record.members) if (member.controlNumber) pages.set(member.controlNumber, record.url);
  }
  return pages;
}
