import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestCodeVersion } from '../../../src/ingest/library-cache/code-version.ts';
import { libraryCacheKey } from '../../../src/ingest/library-cache/library-key.ts';

const sampleLibrary = join(dirname(fileURLToPath(import.meta.url)), '../../../content/libraries/rustaq-college');
let folder = '';
let before = '';
const key = (codeVersion = 'v1', code = 'rustaq-college') => libraryCacheKey(folder, code, codeVersion);

beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'fihris-library-key-')), 'rustaq-college');
  await cp(sampleLibrary, folder, { recursive: true });
  before = await key();
});
afterEach(() => rm(dirname(folder), { recursive: true, force: true }));

describe('the cache key of a library', () => {
  const changes: Array<{ given: string; change: () => Promise<unknown> }> = [
    { given: 'one byte of a dump changed', change: async () => writeFile(join(folder, 'rustaq-marcedit.mrk'), (await readFile(join(folder, 'rustaq-marcedit.mrk'), 'utf8')).replace('RCAS00311', 'RCAS00312')) },
    { given: 'library.yml changed', change: async () => writeFile(join(folder, 'library.yml'), `${await readFile(join(folder, 'library.yml'), 'utf8')}\n# edited\n`) },
    { given: 'a file added', change: () => writeFile(join(folder, 'new-dump.mrc'), '') },
    { given: 'a file added in a subfolder', change: async () => (await mkdir(join(folder, 'part2')), writeFile(join(folder, 'part2/x.mrc'), 'x')) },
    { given: 'a dump renamed', change: () => rename(join(folder, 'rustaq-marcedit.mrk'), join(folder, 'renamed.mrk')) },
    { given: 'a symlink added that leads out of the folder', change: () => symlink('/etc/hostname', join(folder, 'outside.mrc')) },
  ];
  it.each(changes)('changes with $given', async ({ change }) => {
    await change();

    expect(await key()).not.toBe(before);
  });

  it('changes with the version of the ingest code', async () => {
    expect(await key('v2')).not.toBe(before);
  });

  it('changes with the library code', async () => {
    expect(await key('v1', 'rustaq-college-2')).not.toBe(before);
  });

  it('stays the same when a file is touched but its bytes are the same', async () => {
    await utimes(join(folder, 'rustaq-marcedit.mrk'), new Date(2030, 0, 1), new Date(2030, 0, 1));

    expect(await key()).toBe(before);
  });
});

describe('the version of the ingest code', () => {
  it('is a sha256, the same on every call', async () => {
    const version = await ingestCodeVersion();

    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(await ingestCodeVersion()).toBe(version);
  });
});
