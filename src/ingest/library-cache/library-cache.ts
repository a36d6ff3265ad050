/**
 * The folder of cached libraries: one file per library, `<code>.library-cache`, holding the
 * key it was written for. A build looks each library up, writes the ones it had to read and
 * prunes the rest, so the folder holds only entries a later build can use.
 * One build at a time per folder: two builds writing the same folder are not supported.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheFileHeaderBytes, decodeCacheFile, encodeCacheFile, headerFits } from './cache-file.ts';
import type { CachedLibrary } from './cached-library.ts';

const SUFFIX = '.library-cache';
/** What writeAtomically names its temporary files. */
const TEMPORARY = /\.library-cache\.\d+\.[0-9a-f]{8}\.tmp$/;

export interface LibraryCache {
  folder: string;
  /** Version of the ingest code the entries are keyed with (see code-version.ts). */
  codeVersion: string;
  /** The library as cached for this key, or undefined (no entry, another key, damaged file). */
  read(libraryCode: string, key: string): Promise<CachedLibrary | undefined>;
  /** Whether an entry for this key seems to be there (its header only: `read` may still find it damaged). */
  holds(libraryCode: string, key: string): Promise<boolean>;
  /** Replaces the library's entry; a build killed meanwhile leaves the old entry or none, never half a file. */
  write(libraryCode: string, key: string, library: CachedLibrary): Promise<void>;
  /** Deletes every entry but those of the given libraries, and any temporary file a killed build left; other files stay. */
  prune(keepLibraryCodes: Iterable<string>): Promise<void>;
}

/** Opens (creating it when needed) a cache folder; an unusable folder is a setup error and throws. */
export async function openLibraryCache(folder: string, codeVersion: string): Promise<LibraryCache> {
  await mkdir(folder, { recursive: true }).catch((error: Error) => {
    throw new Error(`The ingest cache folder ${folder} cannot be created (${error.message}). Give a writable folder, or build without the cache.`);
  });
  const entryPath = (libraryCode: string) => join(folder, `${libraryCode}${SUFFIX}`);
  return {
    folder,
    codeVersion,
    async read(libraryCode, key) {
      const bytes = await readFile(entryPath(libraryCode)).catch(() => undefined);
      return bytes === undefined ? undefined : decodeCacheFile(bytes, key);
    },
    async holds(libraryCode, key) {
      const file = await open(entryPath(libraryCode), 'r').catch(() => undefined);
      if (!file) return false;
      try {
        const header = new Uint8Array(cacheFileHeaderBytes);
        const { bytesRead } = await file.read(header, 0, header.length, 0);
        return headerFits(header.subarray(0, bytesRead), (await file.stat()).size, key);
      } finally {
        await file.close();
      }
    },
    async write(libraryCode, key, library) {
      await writeAtomically(entryPath(libraryCode), encodeCacheFile(key, library));
    },
    async prune(keepLibraryCodes) {
      const kept = new Set([...keepLibraryCodes].map((code) => `${code}${SUFFIX}`));
      const names = await readdir(folder).catch(() => []);
      // Only our own names: the folder may be shared with other caches, whose files are not ours to delete.
      const stale = names.filter((name) => !kept.has(name) && (name.endsWith(SUFFIX) || TEMPORARY.test(name)));
      await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
    },
  };
}

/**
 * Writes to a temporary file in the same folder, then renames it over the entry: a killed
 * build leaves a .tmp (pruned later), never a half entry. No fsync: after a power cut a
 * damaged entry fails its CRC and is a miss, which costs less than flushing 90 MB per library.
 */
async function writeAtomically(path: string, parts: Uint8Array[]): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const file = await open(temporary, 'w');
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; ) done += (await file.write(part, done)).bytesWritten;
    }
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path);
}
