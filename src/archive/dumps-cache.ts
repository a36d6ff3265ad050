/**
 * Each library's dumps kept between builds, so that a rebuild after one library re-deposits
 * writes that library's dumps and links the other libraries' from here (writing the 36
 * libraries' dumps was a quarter of a 100k rebuild's last stage); and the parts of the union's
 * dumps (union-dumps.ts), kept as bytes (storeContents) and copied into the union's files.
 *
 * One folder per entry, named by the hash of all the entry's files depend on, holding those
 * files under their own names. An entry is made in a folder of its own and renamed into
 * place, so a build that stops half-way leaves no half entry; one missing a file anyway
 * (deleted by hand, a disk cleaner) is a miss, deleted, and written again.
 *
 * Cached files and the dumps in the site are one file with two names (hard links), as in
 * page-cache.ts: a dump must be replaced, never written over in place.
 */
import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';

export interface DumpsCache {
  /** The cached files of the entry `key`, by name, when the entry holds every one of `names`. */
  lookup(key: string, names: string[]): Map<string, string> | undefined;
  /** Keeps `files` (name → path of the file written) as the entry `key`. */
  store(key: string, files: Map<string, string>): void;
  /** Keeps `contents` (name → bytes) as the entry `key`: files made only for the cache. */
  storeContents(key: string, contents: Map<string, Uint8Array>): void;
  /** Deletes every entry this build did not look up: dumps of libraries that changed or left. */
  prune(): Promise<number>;
}

const pending = '.pending-';

/** Opens (creating) the cache in `dir`, and dates it now: unused caches are aged out by that date. */
export async function openDumpsCache(dir: string): Promise<DumpsCache> {
  await mkdir(dir, { recursive: true });
  const now = new Date();
  await utimes(dir, now, now);
  const used = new Set<string>();
  /** Fills a folder of its own, then renames it into place: a build that stops half-way leaves no half entry. */
  const storeEntry = (key: string, fill: (building: string) => void) => {
    used.add(key);
    const building = join(dir, `${pending}${process.pid}-${key}`);
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building);
    fill(building);
    rmSync(join(dir, key), { recursive: true, force: true });
    renameSync(building, join(dir, key));
  };
  return {
    lookup: (key, names) => {
      used.add(key);
      const files = new Map(names.map((name) => [name, join(dir, key, name)]));
      if ([...files.values()].every(isNonEmptyFile)) return files;
      rmSync(join(dir, key), { recursive: true, force: true });
      return undefined;
    },
    store: (key, files) => storeEntry(key, (building) => {
      for (const [name, path] of files) linkOrCopy(path, join(building, name));
    }),
    storeContents: (key, contents) => storeEntry(key, (building) => {
      for (const [name, bytes] of contents) writeFileSync(join(building, name), bytes);
    }),
    prune: async () => {
      const stale = (await readdir(dir)).filter((name) => !used.has(name));
      await Promise.all(stale.map((name) => rm(join(dir, name), { recursive: true, force: true })));
      return stale.length;
    },
  };
}

// Every dump has bytes (a gzip header, a CSV header): an empty file was cut short.
function isNonEmptyFile(path: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats !== undefined && stats.isFile() && stats.size > 0;
}

/**
 * Gives `to` (not there yet) the content of `from` by a hard link, or a copy where a link
 * cannot be made (another file system). As page-cache.ts's, kept here so the archive does
 * not import the site builder.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
    copyFileSync(from, to);
  }
}
