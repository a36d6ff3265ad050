/**
 * Where a cold query's time goes: one cold search of a built site in Debian chromium on the
 * benchmark's link (1.6 Mbit/s, 150 ms, HTTP/2 over TLS), then the page's own timings: the HTML's
 * arrival, each download's start and end (ms from the navigation's start) and bytes on the wire,
 * the page's long tasks (main thread busy 50 ms or more), and when the results were shown.
 *
 *   node scripts/bench/cold-query-waterfall.ts <builtSiteDir> <query>
 */
import { startStaticServer } from '../../src/serve/static-server.ts';
import { localhostCertificate } from './localhost-certificate.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { openSettledPage, throttling, waitForDoneState } from './measure-search.ts';

const [siteDir, query] = process.argv.slice(2);
if (!siteDir || !query) {
  console.error('usage: cold-query-waterfall.ts <builtSiteDir> <query>');
  process.exit(2);
}

/** Installed before any page script: the long tasks and the moment the count turns done. */
function watchPage(): void {
  const seen = window as unknown as { longTasks: [number, number][]; doneAt?: number };
  seen.longTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) seen.longTasks.push([Math.round(task.startTime), Math.round(task.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const state = (mutation.target as HTMLElement).dataset.state;
      if (state === 'done' || state === 'error') seen.doneAt ??= Math.round(performance.now());
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

const server = await startStaticServer({ root: siteDir, tls: localhostCertificate() });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await openSettledPage(context);
  await page.addInitScript(watchPage);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', throttling);
  await page.goto(`${server.url}search.html?q=${encodeURIComponent(query)}`);
  await waitForDoneState(cdp);
  await page.waitForLoadState('networkidle');
  const timings = await page.evaluate(() => {
    const seen = window as unknown as { longTasks: [number, number][]; doneAt: number };
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const downloads = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((r) => ({ path: new URL(r.name).pathname, start: Math.round(r.startTime), end: Math.round(r.responseEnd), bytes: r.transferSize }));
    return { html: Math.round(navigation.responseEnd), htmlBytes: navigation.transferSize, downloads, longTasks: seen.longTasks, doneAt: seen.doneAt };
  });
  console.log(`| download | start | end | bytes on the wire |\n|---|---:|---:|---:|\n| (the page) | 0 | ${timings.html} | ${timings.htmlBytes} |`);
  for (const d of timings.downloads) console.log(`| ${d.path} | ${d.start} | ${d.end} | ${d.bytes} |`);
  console.log(`\nlong tasks (start, ms): ${timings.longTasks.map(([start, ms]) => `${start} (${ms})`).join(', ') || 'none'}`);
  console.log(`results shown at ${timings.doneAt} ms`);
} finally {
  await browser.close();
  await server.close();
}
