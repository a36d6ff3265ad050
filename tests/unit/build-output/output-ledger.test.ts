import { existsSync, readFileSync } from 'node:fs';
import { link, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFolder } from '../../../src/build/output-ledger.ts';
import { scratchFolders } from '../../support/scratch-folders.ts';

const scratch = scratchFolders('fihris-output-ledger-');
const keyA = 'a'.repeat(64);
const keyB = 'b'.repeat(64);

/**
 * A folder built once with a ledger: two cached pages linked in (r/one.html, l/x/1.html), a
 * page of Astro's (index.html), a search file (i/0.json) and .git. Returns the folder, the
 * ledger file and the cache folder.
 */
async function builtOnce(): Promise<{ outDir: string; ledgerFile: string; cache: string }> {
  const parent = scratch();
  const outDir = join(parent, 'dist');
  const cache = join(parent, 'cache');
  const ledgerFile = join(parent, 'ledger');
  await mkdir(cache);
  await writeFile(join(cache, 'one'), '<p>one</p>');
  await writeFile(join(cache, 'x1'), '<p>x page 1</p>');
  const { ledger } = await openOutputFolder(outDir, ledgerFile);
  for (const folder of ['r', 'l/x', 'i', '.git']) await mkdir(join(outDir, folder), { recursive: true });
  await link(join(cache, 'one'), join(outDir, 'r/one.html'));
  ledger.record('r/one.html', keyA);
  await link(join(cache, 'x1'), join(outDir, 'l/x/1.html'));
  ledger.record('l/x/1.html', keyA);
  await writeFile(join(outDir, 'index.html'), '<p>home</p>');
  await writeFile(join(outDir, 'i/0.json'), '{}');
  await writeFile(join(outDir, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
  await ledger.finish();
  return { outDir, ledgerFile, cache };
}

describe('openOutputFolder', () => {
  it('keeps the files of the ledger and deletes every other file but .git', async () => {
    const { outDir, ledgerFile } = await builtOnce();
    const opened = await openOutputFolder(outDir, ledgerFile);
    await opened.deleted;
    expect(opened.kept).toBe(2);
    expect((await readdir(outDir)).sort()).toEqual(['.git', 'l', 'r']);
    expect(await readFile(join(outDir, 'r/one.html'), 'utf8')).toBe('<p>one</p>');
    expect(existsSync(ledgerFile)).toBe(false);
  });

  it('says a file is held only under the key it was recorded with', async () => {
    const { outDir, ledgerFile } = await builtOnce();
    const { ledger } = await openOutputFolder(outDir, ledgerFile);
    expect(ledger.holds('r/one.html', keyB)).toBe(false);
    expect(ledger.holds('l/x/1.html', keyA)).toBe(true);
    expect(ledger.holds('r/missing.html', keyA)).toBe(false);
  });

  it('deletes at the end the files of the last build this one neither kept nor wrote, and their emptied folders', async () => {
    const { outDir, ledgerFile } = await builtOnce();
    const { ledger } = await openOutputFolder(outDir, ledgerFile);
    expect(ledger.holds('r/one.html', keyA)).toBe(true);
    expect(await ledger.finish()).toEqual({ removed: 1 });
    expect(existsSync(join(outDir, 'l'))).toBe(false);
    const next = await openOutputFolder(outDir, ledgerFile);
    expect(next.kept).toBe(1);
  });

  it('empties the folder when the ledger is of another folder, cut short, damaged, or a folder changed since', async () => {
    const cases: Array<(built: { outDir: string; ledgerFile: string }) => Promise<void>> = [
      async ({ outDir, ledgerFile }) => { await writeFile(ledgerFile, readFileSync(ledgerFile, 'utf8').replace(outDir, `${outDir}-elsewhere`)); },
      async ({ ledgerFile }) => { await writeFile(ledgerFile, readFileSync(ledgerFile, 'utf8').trimEnd().split('\n').slice(0, -1).join('\n')); },
      async ({ ledgerFile }) => { await writeFile(ledgerFile, `{"format":${readFileSync(ledgerFile, 'utf8').slice(12)}`); },
      // Another build replaced a file in r/ (the folder's time moves; a second later than the ledger's).
      async ({ outDir }) => { const later = new Date(Date.now() + 5000); await utimes(join(outDir, 'r'), later, later); },
    ];
    for (const change of cases) {
      const built = await builtOnce();
      await change(built);
      const opened = await openOutputFolder(built.outDir, built.ledgerFile);
      expect(opened.kept).toBe(0);
      expect(await readdir(built.outDir)).toEqual(['.git']);
      expect(opened.ledger.holds('r/one.html', keyA)).toBe(false);
    }
  });

  it('moves another build\'s files in by renaming over the kept ones, leaving the cache\'s copy as it was', async () => {
    const { outDir, ledgerFile, cache } = await builtOnce();
    const { ledger } = await openOutputFolder(outDir, ledgerFile);
    const astro = join(outDir, '..', 'astro');
    await mkdir(join(astro, 'r'), { recursive: true });
    await writeFile(join(astro, 'r/one.html'), '<p>probe</p>');
    await writeFile(join(astro, 'index.html'), '<p>home again</p>');
    await ledger.moveIn(astro);
    expect(await readFile(join(outDir, 'r/one.html'), 'utf8')).toBe('<p>probe</p>');
    expect(await readFile(join(cache, 'one'), 'utf8')).toBe('<p>one</p>');
    expect(await readdir(join(astro, 'r'))).toEqual([]);
    // The moved-in page is no longer the ledger's: the end of the build leaves it.
    expect(ledger.holds('l/x/1.html', keyA)).toBe(true);
    await ledger.finish();
    expect(await readFile(join(outDir, 'r/one.html'), 'utf8')).toBe('<p>probe</p>');
  });
});
