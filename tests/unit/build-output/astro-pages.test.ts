/**
 * Astro's process starts before the site data is staged and waits for it: told the data is
 * staged, it renders from it; cancelled (the staging failed), it stops at once instead of
 * waiting for data that will never come.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startAstroPages } from '../../../src/build/astro-pages.ts';
import { scratchFolders } from '../../support/scratch-folders.ts';

const scratch = scratchFolders('fihris-astro-pages-');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startAstroPages', () => {
  test('renders the pages once told the data is staged', async () => {
    const out = scratch();
    const astro = startAstroPages(resolve('tests/fixtures/site'), out, '/');
    // The bundle's assets are written before any page: once they are there, Astro would be
    // generating its pages if it did not wait.
    const started = Date.now();
    while (!existsSync(join(out, '_astro')) && Date.now() - started < 60_000) await pause(100);
    expect(existsSync(join(out, '_astro'))).toBe(true);
    await pause(1000);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    astro.dataStaged();
    await astro.done;
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 120_000);

  test('stops when cancelled before the data is staged, saying why', async () => {
    const out = scratch();
    const astro = startAstroPages(join(scratch(), 'not-staged'), out, '/');
    astro.cancel();
    await expect(astro.done).rejects.toThrow(/before its data was staged/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 30_000);
});
