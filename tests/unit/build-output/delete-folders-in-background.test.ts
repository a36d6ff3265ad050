import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteFoldersInBackground } from '../../../src/build/delete-folders-in-background.ts';

describe('deleteFoldersInBackground', () => {
  let parent = '';
  afterEach(async () => { await rm(parent, { recursive: true, force: true }); });

  async function folderOfFiles(name: string, files: number): Promise<string> {
    const folder = join(parent, name);
    for (let n = 0; n < files; n++) {
      const sub = join(folder, String(n % 7));
      await mkdir(sub, { recursive: true });
      await writeFile(join(sub, `${n}.html`), `<p>${n}</p>`);
    }
    return folder;
  }

  it('deletes every folder given, with all it holds, and nothing beside them', async () => {
    parent = await mkdtemp(join(tmpdir(), 'fihris-delete-'));
    const going = [await folderOfFiles('.dist.previous-a', 300), await folderOfFiles('.dist.astro-b', 40)];
    const staying = await folderOfFiles('dist', 5);
    await deleteFoldersInBackground(going);
    expect(going.map((folder) => existsSync(folder))).toEqual([false, false]);
    expect((await readdir(staying, { recursive: true })).length).toBe(5 + 5);
  });

  it('rejects with the error that stopped it, having deleted the folders before it', async () => {
    parent = await mkdtemp(join(tmpdir(), 'fihris-delete-'));
    const first = await folderOfFiles('first', 10);
    await writeFile(join(parent, 'a-file'), 'not a folder');
    const underAFile = join(parent, 'a-file', 'folder');
    await expect(deleteFoldersInBackground([first, underAFile])).rejects.toThrow(/ENOTDIR/);
    expect(existsSync(first)).toBe(false);
  });

  it('settles for no folders, and for a folder already gone', async () => {
    parent = await mkdtemp(join(tmpdir(), 'fihris-delete-'));
    await expect(deleteFoldersInBackground([])).resolves.toBeUndefined();
    await expect(deleteFoldersInBackground([join(parent, 'gone')])).resolves.toBeUndefined();
  });
});
