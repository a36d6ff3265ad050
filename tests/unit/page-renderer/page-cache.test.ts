import { statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetUnusedPageCaches, linkOrCopy, openPageCache, pageCacheKey, writeNewFileSync } from '../../../src/build/page-renderer/page-cache.ts';

describe('pageCacheKey', () => {
  const base = ['renderer', { lang: 'ar', id: 'abc', record: { title: 'x' } }, [{ code: 'squ', asOf: '2026-01-01' }]];
  const changed: Array<{ name: string; given: unknown[] }> = [
    { name: 'the renderer', given: ['renderer2', base[1], base[2]] },
    { name: 'the record', given: [base[0], { lang: 'ar', id: 'abc', record: { title: 'y' } }, base[2]] },
    { name: 'the language', given: [base[0], { lang: 'en', id: 'abc', record: { title: 'x' } }, base[2]] },
    { name: 'a holding library\'s deposit date', given: [base[0], base[1], [{ code: 'squ', asOf: '2026-02-01' }]] },
  ];
  it('is the same for the same page', () => {
    expect(pageCacheKey(structuredClone(base))).toBe(pageCacheKey(base));
  });
  for (const { name, given } of changed) {
    it(`changes with ${name}`, () => {
      expect(pageCacheKey(given)).not.toBe(pageCacheKey(base));
    });
  }
  it('tells a missing part from the text "undefined"', () => {
    expect(pageCacheKey([undefined])).not.toBe(pageCacheKey(['undefined']));
  });
});

describe('openPageCache', () => {
  let dir = '';
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('finds what an earlier build wrote and prunes what this build did not ask for', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fihris-page-cache-'));
    const first = await openPageCache(dir);
    for (const key of ['aa11', 'bb22']) {
      await mkdir(dirname(first.fileFor(key)), { recursive: true });
      await writeFile(first.fileFor(key), '<p>page</p>');
    }
    const second = await openPageCache(dir);
    expect(second.lookup('aa11')).toBe(join(dir, 'aa', 'aa11.html'));
    expect(second.lookup('cc33')).toBeUndefined();
    expect(await second.prune()).toBe(1);
    expect(await readdir(join(dir, 'bb'))).toEqual([]);
  });
});

describe('openPageCache with an extension', () => {
  let dir = '';
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('holds and prunes only the files of its own extension', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fihris-download-cache-'));
    const downloads = await openPageCache(dir, '.download');
    await writeFile(downloads.fileFor('aa11'), '<record/>');
    await writeFile(join(dir, 'aa', 'aa22.html'), '<p>page</p>');
    const second = await openPageCache(dir, '.download');
    expect(second.lookup('aa11')).toBe(join(dir, 'aa', 'aa11.download'));
    expect(second.lookup('aa22')).toBeUndefined();
    expect(await second.prune()).toBe(0);
  });
});

describe('linkOrCopy', () => {
  let dir = '';
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('makes the cached copy the same file as the page, not a second copy of its bytes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fihris-link-'));
    await writeFile(join(dir, 'page.html'), '<p>new</p>');
    linkOrCopy(join(dir, 'page.html'), join(dir, 'cached.html'));
    expect(statSync(join(dir, 'cached.html')).ino).toBe(statSync(join(dir, 'page.html')).ino);
  });

  it('replaces a page already at the target (a probe page Astro wrote)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fihris-link-'));
    await writeFile(join(dir, 'cached.html'), '<p>cached</p>');
    await writeFile(join(dir, 'page.html'), '<p>probe</p>');
    linkOrCopy(join(dir, 'cached.html'), join(dir, 'page.html'));
    expect(await readFile(join(dir, 'page.html'), 'utf8')).toBe('<p>cached</p>');
  });
});

describe('writeNewFileSync', () => {
  let dir = '';
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('writes each text as its own UTF-8, whatever the texts written before it (one buffer serves them all)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fihris-write-new-'));
    // A long text first, larger than the buffer, then shorter ones: none may carry another's bytes.
    const texts = ['تاريخ عُمان '.repeat(10_000), '=245  10$aتاريخ عُمان', 'TY  - BOOK\r\n', ''];
    texts.forEach((text, n) => writeNewFileSync(join(dir, `${n}.txt`), text));
    for (const [n, text] of texts.entries()) expect(await readFile(join(dir, `${n}.txt`), 'utf8')).toBe(text);
  });

  it('replaces a file already there with a new one, never writing into it (it may be a cached file\'s second name)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fihris-write-new-'));
    await writeFile(join(dir, 'cached.xml'), 'قديم');
    linkOrCopy(join(dir, 'cached.xml'), join(dir, 'site.xml'));
    writeNewFileSync(join(dir, 'site.xml'), 'جديد');
    expect(await readFile(join(dir, 'site.xml'), 'utf8')).toBe('جديد');
    expect(await readFile(join(dir, 'cached.xml'), 'utf8')).toBe('قديم');
  });
});

describe('forgetUnusedPageCaches', () => {
  let root = '';
  afterEach(async () => { await rm(root, { recursive: true, force: true }); });

  it('deletes the caches not opened for a week and keeps the others', async () => {
    root = await mkdtemp(join(tmpdir(), 'fihris-page-caches-'));
    await openPageCache(join(root, 'recent'));
    await openPageCache(join(root, 'old'));
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    await utimes(join(root, 'old'), eightDaysAgo, eightDaysAgo);
    await forgetUnusedPageCaches(root, 7);
    expect(await readdir(root)).toEqual(['recent']);
  });
});
