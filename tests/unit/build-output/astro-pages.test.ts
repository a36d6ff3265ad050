/**
 * Astro's process starts before the site data is staged and waits for it: told the data is
 * staged, it renders from it; cancelled (the staging failed), it stops at once instead of
 * waiting for data that will never come.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startAstroPages } from '../../../src/build/astro-pages.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fihris-astro-pages-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
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
