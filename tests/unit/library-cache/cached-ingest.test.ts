import { appendFile, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillLibraryCache } from '../../../src/ingest/library-cache/fill-library-cache.ts';
import { openLibraryCache } from '../../../src/ingest/library-cache/library-cache.ts';
import { comparable, scratchContent, type Scratch } from './scratch-content.ts';

const sampleCodes = ['bahla-community', 'missing-dump', 'mhc-library', 'rustaq-college', 'salalah-public', 'sohar-public', 'squ-main', 'sur-public', 'unizwa', 'unreadable-profile'].sort();
const entry = (scratch: Scratch, code: string) => join(scratch.cacheDir, `${code}.library-cache`);

let scratch: Scratch;
beforeEach(async () => {
  scratch = await scratchContent();
});
afterEach(() => scratch.remove());

describe('an ingest through the library cache', () => {
  it('gives, from a full cache, the same result as an ingest without cache', async () => {
    const uncached = await scratch.ingest({ cached: false });
    await scratch.ingest();
    const fromCache = await scratch.ingest();

    expect(fromCache.cachedLibraries).toEqual(sampleCodes);
    expect(comparable(fromCache)).toStrictEqual(comparable(uncached));
    // The parts the comparison must not take for granted: they are there, and in the same order.
    expect(fromCache.rejections.map((r) => [r.file, r.recordNumber, Buffer.from(r.raw).toString('hex')])).toEqual(
      uncached.rejections.map((r) => [r.file, r.recordNumber, Buffer.from(r.raw).toString('hex')]),
    );
    expect(fromCache.rejections.length).toBeGreaterThan(0);
    expect(fromCache.diagnostics.map((d) => d.code)).toEqual(uncached.diagnostics.map((d) => d.code));
    expect([...fromCache.sourceRecords.keys()]).toEqual([...uncached.sourceRecords.keys()]);
    expect(fromCache.libraries.find((l) => l.code === 'unreadable-profile')?.profile).toBeUndefined();
  });

  it('reads every library and says none came from the cache when the cache is empty', async () => {
    const uncached = await scratch.ingest({ cached: false });
    const first = await scratch.ingest();

    expect(first.cachedLibraries).toEqual([]);
    expect(comparable(first)).toStrictEqual(comparable(uncached));
    expect((await readdir(scratch.cacheDir)).sort()).toEqual(sampleCodes.map((code) => `${code}.library-cache`));
  });

  it('reads the libraries the cache lacks in worker threads, each into its entry, and none it holds', async () => {
    const cache = await openLibraryCache(scratch.cacheDir, 'test-version');
    const libraries = sampleCodes.map((code) => ({ code, libraryDir: scratch.libraryDir(code), relativeDir: join('libraries', code) }));

    const first = await fillLibraryCache(libraries, cache, 2);
    expect([...first.filled].sort()).toEqual(sampleCodes);
    for (const code of sampleCodes) expect(await cache.holds(code, first.keys.get(code)!)).toBe(true);
    const fromEntries = await scratch.ingest({ cacheCodeVersion: 'test-version' });
    expect(fromEntries.cachedLibraries).toEqual(sampleCodes);
    expect(comparable(fromEntries)).toStrictEqual(comparable(await scratch.ingest({ cached: false })));

    const again = await fillLibraryCache(libraries, cache, 2);
    expect(again.filled.size).toBe(0);
  });

  it('leaves to the build\'s thread the libraries whose worker died, a new worker taking the next', async () => {
    const cache = await openLibraryCache(scratch.cacheDir, 'test-version');
    const libraries = sampleCodes.map((code) => ({ code, libraryDir: scratch.libraryDir(code), relativeDir: join('libraries', code) }));

    // A heap big enough to start in (at 2 MB the start itself ran out, which ends the whole
    // process) and too small to read a library: each worker runs out of memory on its first one
    // and stops. A stopped worker sent the next library would never answer: this would not end.
    const dying = await fillLibraryCache(libraries, cache, 2, { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1 });

    expect(dying.filled.size).toBe(0);
    for (const code of sampleCodes) expect(await cache.holds(code, dying.keys.get(code)!)).toBe(false);
    const readHere = await scratch.ingest({ cacheCodeVersion: 'test-version', cached: false });
    expect(comparable(readHere)).toStrictEqual(comparable(await scratch.ingest({ cached: false })));
  }, 60_000);

  it('reads again only the library whose dump changed', async () => {
    await scratch.ingest();
    const dump = join(scratch.libraryDir('rustaq-college'), 'rustaq-marcedit.mrk');
    await writeFile(dump, (await readFile(dump, 'utf8')).replace('المدخل إلى علم المكتبات', 'مدخل جديد إلى علم المكتبات'));
    const progress: Array<{ libraryCode: string; fromCache?: boolean }> = [];

    const rebuilt = await scratch.ingest({ onProgress: (event) => progress.push(event) });

    expect(rebuilt.cachedLibraries).toEqual(sampleCodes.filter((code) => code !== 'rustaq-college'));
    expect(progress.filter((event) => event.fromCache).map((event) => event.libraryCode)).toEqual(rebuilt.cachedLibraries);
    expect(comparable(rebuilt)).toStrictEqual(comparable(await scratch.ingest({ cached: false })));
    expect(rebuilt.unionRecords.some((record) => JSON.stringify(record).includes('مدخل جديد إلى علم المكتبات'))).toBe(true);
  });

  it('reads again a library whose missing dump arrived', async () => {
    await scratch.ingest();
    await writeFile(join(scratch.libraryDir('missing-dump'), 'arrives-later.mrk'), '=LDR  00000nam\\a2200000\\a\\4500\n=001  MD1\n=245  10$aكتاب وصل متأخرا\n');

    const rebuilt = await scratch.ingest();

    expect(rebuilt.cachedLibraries).not.toContain('missing-dump');
    expect(rebuilt.libraries.find((l) => l.code === 'missing-dump')?.recordsRead).toBe(1);
    expect(comparable(rebuilt)).toStrictEqual(comparable(await scratch.ingest({ cached: false })));
  });

  it('reads every library again when the ingest code changed', async () => {
    await scratch.ingest({ cacheCodeVersion: 'code as of yesterday' });
    const sameCode = await scratch.ingest({ cacheCodeVersion: 'code as of yesterday' });

    const newCode = await scratch.ingest({ cacheCodeVersion: 'code as of today' });

    expect(sameCode.cachedLibraries).toEqual(sampleCodes);
    expect(newCode.cachedLibraries).toEqual([]);
  });

  it('deletes the entries of libraries that left the content folder', async () => {
    await scratch.ingest();
    await rm(scratch.libraryDir('sur-public'), { recursive: true });

    await scratch.ingest();

    expect(await readdir(scratch.cacheDir)).not.toContain('sur-public.library-cache');
    expect((await readdir(scratch.cacheDir)).length).toBe(sampleCodes.length - 1);
  });

  it('keeps the entries of libraries left out of a build with libraryCodes', async () => {
    await scratch.ingest();

    const one = await scratch.ingest({ libraryCodes: ['unizwa'] });

    expect(one.cachedLibraries).toEqual(['unizwa']);
    expect((await readdir(scratch.cacheDir)).length).toBe(sampleCodes.length);
  });

  it('deletes the temporary file a killed build left behind', async () => {
    await scratch.ingest();
    await writeFile(join(scratch.cacheDir, 'unizwa.library-cache.4242.abcd0123.tmp'), 'half an entry');

    await scratch.ingest();

    expect(await readdir(scratch.cacheDir)).not.toContain('unizwa.library-cache.4242.abcd0123.tmp');
  });

  it('leaves alone the files in its folder that are not library entries', async () => {
    await scratch.ingest();
    await writeFile(join(scratch.cacheDir, 'page-cache.json'), '{}');

    await scratch.ingest();

    expect(await readdir(scratch.cacheDir)).toContain('page-cache.json');
  });
});

describe('an unusable cache folder', () => {
  it('stops the build with what is wrong and what to do', async () => {
    const notAFolder = join(scratch.contentDir, 'libraries/unizwa/library.yml');

    await expect(scratch.ingest({ cacheDir: join(notAFolder, 'cache') })).rejects.toThrow(
      /^The ingest cache folder .*library\.yml\/cache cannot be created \(.*\)\. Give a writable folder, or build without the cache\.$/,
    );
  });
});

describe('a damaged cache entry', () => {
  const damages: Array<{ given: string; damage: (path: string) => Promise<void> }> = [
    { given: 'cut short', damage: async (path) => truncate(path, (await readFile(path)).length - 100) },
    { given: 'cut to half its header', damage: (path) => truncate(path, 20) },
    { given: 'emptied', damage: (path) => truncate(path, 0) },
    { given: 'with one byte changed in the middle', damage: async (path) => writeFile(path, flipByte(await readFile(path), 0.5)) },
    { given: 'with bytes added at the end', damage: (path) => appendFile(path, 'more') },
  ];

  it.each(damages)('is read again, not loaded, when $given', async ({ damage }) => {
    const uncached = await scratch.ingest({ cached: false });
    await scratch.ingest();
    await damage(entry(scratch, 'squ-main'));

    const rebuilt = await scratch.ingest();

    expect(rebuilt.cachedLibraries).toEqual(sampleCodes.filter((code) => code !== 'squ-main'));
    expect(comparable(rebuilt)).toStrictEqual(comparable(uncached));
    // Read again, it was cached again: the next build loads it.
    expect((await scratch.ingest()).cachedLibraries).toEqual(sampleCodes);
  });
});

function flipByte(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[Math.floor(copy.length * at)] ^= 0xff;
  return copy;
}
