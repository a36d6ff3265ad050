import { existsSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOutputFolder } from '../../../src/build/clear-output-folder.ts';

describe('clearOutputFolder', () => {
  let parent = '';
  afterEach(async () => { await rm(parent, { recursive: true, force: true }); });

  async function previousSite(): Promise<string> {
    parent = await mkdtemp(join(tmpdir(), 'fihris-clear-'));
    const outDir = join(parent, 'dist');
    await mkdir(join(outDir, 'r'), { recursive: true });
    await mkdir(join(outDir, '.git'));
    await writeFile(join(outDir, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    await writeFile(join(outDir, 'index.html'), '<p>old</p>');
    await writeFile(join(parent, 'cached-page.html'), '<p>cached</p>');
    // A page linked from the page cache: clearing the site must leave the cache's copy.
    await link(join(parent, 'cached-page.html'), join(outDir, 'r', 'abc.html'));
    return outDir;
  }

  it('leaves the folder empty at once but for .git, and the old files gone once deleted settles', async () => {
    const outDir = await previousSite();
    const { deleted } = await clearOutputFolder(outDir);
    expect(await readdir(outDir)).toEqual(['.git']);
    expect(await deleted).toEqual({});
    expect((await readdir(parent)).sort()).toEqual(['cached-page.html', 'dist']);
    expect(await readFile(join(parent, 'cached-page.html'), 'utf8')).toBe('<p>cached</p>');
    expect(await readFile(join(outDir, '.git', 'HEAD'), 'utf8')).toContain('gh-pages');
  });

  it('lets a new build write while the old files are still being deleted', async () => {
    const outDir = await previousSite();
    const { deleted } = await clearOutputFolder(outDir);
    await mkdir(join(outDir, 'r'));
    await writeFile(join(outDir, 'r', 'abc.html'), '<p>new</p>');
    await deleted;
    expect(await readFile(join(outDir, 'r', 'abc.html'), 'utf8')).toBe('<p>new</p>');
    expect(await readFile(join(parent, 'cached-page.html'), 'utf8')).toBe('<p>cached</p>');
  });

  it('deletes the hidden folders a killed build left beside the output, and no other sibling', async () => {
    const outDir = await previousSite();
    for (const leftover of ['.dist.previous-AbC123', '.dist.astro-XyZ789', '.other.previous-1']) {
      await mkdir(join(parent, leftover, 'r'), { recursive: true });
      await writeFile(join(parent, leftover, 'r', 'x.html'), '<p>left</p>');
    }
    expect(await (await clearOutputFolder(outDir)).deleted).toEqual({});
    expect((await readdir(parent)).sort()).toEqual(['.other.previous-1', 'cached-page.html', 'dist']);
  });

  it('accepts an output folder that does not exist yet', async () => {
    parent = await mkdtemp(join(tmpdir(), 'fihris-clear-'));
    const { deleted } = await clearOutputFolder(join(parent, 'dist'));
    expect(await deleted).toEqual({});
    expect(existsSync(join(parent, 'dist'))).toBe(false);
  });
});
