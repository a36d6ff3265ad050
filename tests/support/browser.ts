/**
 * Debian's chromium, headless, driven by playwright-core: never a downloaded browser. The tests
 * and the benchmark's browser measurements (scripts/bench/) launch it here, with the same flags,
 * which keep it from reaching for Google's services on a closed network.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
