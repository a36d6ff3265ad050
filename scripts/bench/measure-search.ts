/**
 * Browser query measurements on a built site, as a reader on a slow connection sees them:
 * Debian chromium through playwright-core, Chrome's network throttling (1.6 Mbit/s, 150 ms
 * latency, via CDP), bytes summed from Network.loadingFinished (encoded, i.e. on the wire).
 * The first query loads the page cold (empty cache, in a browser that has finished starting);
 * the others run in the same page, warm.
 * The site is served over HTTP/2 with TLS, as CDNs serve it (--http1: the plain HTTP/1.1 server,
 * whose six connections per host make a round of ten files two waves).
 * Times are the page's own clock: from the navigation's start (cold) or the form's submit (warm)
 * to the count's data-state turning done; Playwright's round trips to the browser (0.3–0.5 s a
 * query here) are not the reader's wait. The harness's wall clock is kept in the JSON too.
 *   node scripts/bench/measure-search.ts <builtSiteDir> [--json] [--bypass-csp] [--http1]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { languages } from '../../src/shared/i18n/languages.ts';
import { searchText } from '../../src/shared/i18n/search-strings.ts';
import { startStaticServer } from '../../src/serve/static-server.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { localhostCertificate } from './localhost-certificate.ts';
import { pickScenarios, type SearchScenario } from './search-queries.ts';
import { reportStage } from './stage-result.ts';

/** The benchmark's link, as Chrome's network emulation takes it. */
export const throttling = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const doneSelector = '[data-search-root] [data-count][data-state="done"], [data-search-root] [data-count][data-state="error"]';

export interface QueryFigures {
  label: string;
  query: string;
  library?: string;
  bytes: number;
  requests: number;
  /** Index folders the query's bytes came from: pagefind, fihris-index. */
  engines: string;
  /** Page clock: navigation start or submit to the results. */
  milliseconds: number;
  /** The harness's wall clock for the same query, Playwright's round trips included. */
  harnessMilliseconds: number;
  total?: number;
  state?: string;
  /** What the page logged when the query ended in the error state. */
  error?: string;
}

/** Bytes on the wire per query, and which index folders (engines) the bytes came from. */
function countTraffic(cdp: CDPSession): { take(): { bytes: number; requests: number; engines: string } } {
  const urls = new Map<string, string>();
  let bytes = 0;
  let requests = 0;
  const engines = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) => { urls.set(event.requestId, event.request.url); });
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    requests++;
    const engine = /\/(pagefind|fihris-index)\//.exec(urls.get(event.requestId) ?? '')?.[1];
    if (engine) engines.add(engine);
  });
  return {
    take: () => {
      const out = { bytes, requests, engines: [...engines].sort().join('+') };
      bytes = 0;
      requests = 0;
      engines.clear();
      return out;
    },
  };
}

/**
 * Page clock of the query's start and end: the count's data-state turning done or error is
 * stamped by a MutationObserver installed before any page script runs.
 */
function stampDoneInPage(): void {
  const stamps = window as unknown as { fihrisDoneAt?: number };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const state = (mutation.target as HTMLElement).dataset.state;
      if (state === 'done' || state === 'error') stamps.fihrisDoneAt = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

/**
 * Waits for the count's done or error state by asking the page over CDP, not with a Playwright
 * locator: the first locator injects Playwright's script into the page, which took the page's
 * main thread 40–75 ms here, in the middle of a cold query, a wait no reader has.
 */
export async function waitForDoneState(cdp: CDPSession): Promise<void> {
  const expression = `new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => document.querySelector(${JSON.stringify(doneSelector)}) ? resolve(true)
      : Date.now() - started > 120000 ? reject(new Error('no results after 120 s')) : setTimeout(check, 50);
    check();
  })`;
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true });
  if (exceptionDetails) throw new Error(`waiting for the search: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
}

async function waitDone(page: Page, cdp: CDPSession): Promise<{ total?: number; state?: string; pageMilliseconds: number; doneAt: number }> {
  await waitForDoneState(cdp);
  const doneAt = performance.now();
  const pageMilliseconds = await page.evaluate(() => {
    const stamps = window as unknown as { fihrisDoneAt?: number; fihrisStartedAt?: number };
    return (stamps.fihrisDoneAt ?? Number.NaN) - (stamps.fihrisStartedAt ?? 0);
  });
  // Let the result cards' own requests (none expected) finish before counting bytes.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const count = page.locator(doneSelector);
  const total = await count.getAttribute('data-total');
  return { total: total === null ? undefined : Number(total), state: (await count.getAttribute('data-state')) ?? undefined, pageMilliseconds, doneAt };
}

async function runScenario(page: Page, cdp: CDPSession, baseUrl: string, scenario: SearchScenario, first: boolean): Promise<Omit<QueryFigures, 'bytes' | 'requests' | 'engines'> | undefined> {
  const started = performance.now();
  if (scenario.showMore) {
    // "Show more" is measured only where the page offers it: after a query its budget stopped.
    if (!await page.evaluate(pressShowMore, budgetStoppedMark)) return undefined;
  } else if (first) {
    // The page's clock starts at the navigation: fihrisStartedAt stays unset (0).
    const params = new URLSearchParams({ q: scenario.query, ...(scenario.library && !scenario.facetAfter ? { library: scenario.library } : {}) });
    await page.goto(`${baseUrl}search.html?${params}`);
  } else {
    // One search, as a reader's Enter (or choice of a library) gives: setting the select and
    // the box by hand would each start a search of their own, counted against this one.
    await page.evaluate(({ query, library, facetAfter }) => {
      const stamps = window as unknown as { fihrisStartedAt?: number };
      // Clear the state first so the wait sees this query finish, not the last one.
      delete document.querySelector<HTMLElement>('[data-count]')!.dataset.state;
      const select = document.querySelector<HTMLSelectElement>('[data-library-select]')!;
      const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
      select.value = library;
      if (!facetAfter) input.value = query;
      stamps.fihrisStartedAt = performance.now();
      if (facetAfter) select.dispatchEvent(new Event('change', { bubbles: true }));
      else input.form!.requestSubmit();
    }, { query: scenario.query, library: scenario.library ?? '', facetAfter: scenario.facetAfter ?? false });
  }
  const { doneAt, pageMilliseconds, ...outcome } = await waitDone(page, cdp);
  return {
    label: scenario.label, query: scenario.query, library: scenario.library,
    milliseconds: Math.round(pageMilliseconds), harnessMilliseconds: Math.round(doneAt - started), ...outcome,
  };
}

/** The notices the count line ends with when the budget stopped the search (with and without "Show more"), in each language. */
const budgetStoppedMark = languages.flatMap((lang) => [searchText(lang, 'search.stoppedEarly'), searchText(lang, 'search.stoppedEarlyMore')]);

/** In the page: presses "show more" when the count line says the budget stopped the search; false when it does not. */
function pressShowMore(marks: string[]): boolean {
  const more = document.querySelector<HTMLButtonElement>('[data-more]');
  const count = document.querySelector<HTMLElement>('[data-count]')!;
  if (!more || more.hidden || !marks.some((mark) => count.textContent?.includes(mark))) return false;
  delete count.dataset.state;
  (window as unknown as { fihrisStartedAt?: number }).fihrisStartedAt = performance.now();
  more.click();
  return true;
}

/**
 * A new page in a browser that has finished starting. Headless chromium loads its own omnibox
 * and composebox pages (about 50 scripts, seen in a trace) in the first seconds after a page is
 * opened; on this 2-core machine that work shared the cores with a cold query asked for at once
 * (at 1M: 1.47–1.72 s, against 1.29–1.41 s after a wait of 3 s, and 1.29–1.39 s after 6 s). A
 * reader's browser has long finished starting when they search, so the page waits on
 * about:blank first; nothing of the site is in its cache, so the first query is still cold.
 * FIHRIS_BENCH_SETTLE_MS sets the wait (0: the query as soon as the page is open, as before).
 */
export async function openSettledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('about:blank');
  await new Promise((resolve) => setTimeout(resolve, browserStartSettleMilliseconds));
  return page;
}

const browserStartSettleMilliseconds = Number(process.env.FIHRIS_BENCH_SETTLE_MS ?? 3000);

/**
 * bypassCsp: measure the engine even when the page's Content-Security-Policy blocks it.
 * http1: serve plain HTTP/1.1 instead of HTTP/2 over TLS.
 */
export async function measureSearch(siteDir: string, options: { bypassCsp?: boolean; http1?: boolean } = {}): Promise<QueryFigures[]> {
  const scenarios = await pickScenarios(join(siteDir, 'data', 'union.jsonl'));
  const server = await startStaticServer({ root: siteDir, ...(!options.http1 && { tls: localhostCertificate() }) });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ bypassCSP: options.bypassCsp ?? false, ignoreHTTPSErrors: true });
    const page = await openSettledPage(context);
    await page.addInitScript(stampDoneInPage);
    // A query in the error state is reported with what the page said, not just "error".
    const pageErrors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text().slice(0, 300)); });
    page.on('pageerror', (error) => pageErrors.push(error.message.slice(0, 300)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', throttling);
    const traffic = countTraffic(cdp);
    const figures: QueryFigures[] = [];
    for (const [i, scenario] of scenarios.entries()) {
      if (scenario.facetAfter) {
        // The facet is applied to a broad query already on screen: that query is not counted.
        await runScenario(page, cdp, server.url, { label: 'setup', query: scenario.query }, false);
        traffic.take();
      }
      const result = await runScenario(page, cdp, server.url, scenario, i === 0);
      if (!result) {
        traffic.take();
        continue;
      }
      figures.push({ ...result, ...traffic.take(), ...(result.state === 'error' && { error: pageErrors.splice(0)[0]?.replace(/\s+/g, ' ').slice(0, 240) }) });
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

function queryTable(figures: QueryFigures[]): string {
  const rows = figures.map((f) => `| ${f.label} | ${f.query}${f.library ? ` (${f.library})` : ''} | ${f.engines || '–'} | ${(f.bytes / 1024).toFixed(1)} KB | ${f.requests} | ${f.milliseconds} ms | ${f.harnessMilliseconds} ms | ${f.state === 'done' ? f.total : `${f.state}: ${f.error ?? ''}`} |`);
  return ['| query | text | index files from | bytes | requests | time to results (page clock) | harness clock | hits |', '|---|---|---|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

/** The figures as a table on stdout, or (json: the benchmark's stage) the table on stderr and the figures reported to the benchmark. */
export function reportFigures(figures: QueryFigures[], json: boolean): void {
  if (!json) {
    console.log(queryTable(figures));
    return;
  }
  console.error(queryTable(figures));
  const flat = Object.fromEntries(figures.flatMap((f, i) => [[`q${i}Bytes`, f.bytes], [`q${i}Ms`, f.milliseconds]]));
  reportStage({ summary: figures.map((f) => `${f.label}: ${(f.bytes / 1024).toFixed(1)} KB, ${f.milliseconds} ms`).join('; '), queries: JSON.stringify(figures), ...flat });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    json: { type: 'boolean', default: false }, 'bypass-csp': { type: 'boolean', default: false }, http1: { type: 'boolean', default: false },
  } });
  if (!positionals[0]) {
    console.error('usage: measure-search.ts <builtSiteDir> [--json] [--bypass-csp] [--http1]');
    process.exit(2);
  }
  reportFigures(await measureSearch(positionals[0], { bypassCsp: values['bypass-csp'], http1: values.http1 }), values.json);
}
