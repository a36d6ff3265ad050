/**
 * Rendered pages kept between builds, one file per page named by a hash of all that page
 * depends on (for a record page: its record, or redirect or tombstone, the libraries it
 * names, the site URL, its cover; for a listing page: what it shows of the records it
 * lists) and of the renderer (compiled templates and site code, the inlined stylesheet and
 * script, the base path). A library's re-deposit changes the hash of the pages of records
 * it holds and of the listing pages they move on, and only those are rendered again.
 *
 * A cached page and the page in the site are one file with two names (a hard link): a
 * link costs a fifth of writing the page again. So a built page must be replaced (written
 * anew, or renamed over), never rewritten in place, or its cached copy changes too.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

export interface PageCache {
  /** The cached copy of the page with this key, if the cache holds it. */
  lookup(key: string): string | undefined;
  /** Where to write the page with this key. */
  fileFor(key: string): string;
  /** Deletes every cached page this build did not look up: pages of records that changed or left. */
  prune(): Promise<number>;
}

/**
 * A stable hash of everything a page depends on.
 * @example pageCacheKey(['renderer-hash', { lang: 'ar', id: 'abc' }]) // "3f…" (64 hex digits)
 */
export function pageCacheKey(parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\u0000');
  return hash.digest('hex');
}

/**
 * Opens (creating) the cache in `dir`, listing what it holds once. `extension` names its
 * files: the record downloads keep a cache of the same kind, in a folder of their own.
 */
export async function openPageCache(dir: string, extension = '.html'): Promise<PageCache> {
  await mkdir(dir, { recursive: true });
  // Marks the cache as in use, for forgetUnusedPageCaches.
  const now = new Date();
  await utimes(dir, now, now);
  await Promise.all(Array.from({ length: 256 }, (_, n) => mkdir(join(dir, n.toString(16).padStart(2, '0')), { recursive: true })));
  const held = new Set<string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(extension)) held.add(entry.name.slice(0, -extension.length));
  }
  // Only the held keys looked up: prune needs no more, and a build into an empty cache would
  // otherwise keep every page's and download's key (1.9 million at 300k records) to the end.
  const used = new Set<string>();
  const fileFor = (key: string) => join(dir, key.slice(0, 2), `${key}${extension}`);
  return {
    lookup: (key) => {
      if (!held.has(key)) return undefined;
      used.add(key);
      return fileFor(key);
    },
    fileFor,
    prune: async () => {
      const stale = [...held].filter((key) => !used.has(key));
      for (let start = 0; start < stale.length; start += 64) {
        await Promise.all(stale.slice(start, start + 64).map((key) => rm(fileFor(key), { force: true })));
      }
      return stale.length;
    },
  };
}

/**
 * Gives `to` the content of `from` by a hard link, or a copy where a link cannot be made
 * (another file system). A file already at `to` is replaced.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      unlinkSync(to);
      linkOrCopy(from, to);
    } else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') {
      copyFileSync(from, to);
    } else {
      throw error;
    }
  }
}

/**
 * Writes a file that is not there yet, or replaces one that is: a file left in the site
 * may be a hard link to a cached page or download, which writing in place would change too.
 * Synchronous: small files, a few hundred thousand in all, and nothing else to do
 * meanwhile; an await each cost more than the write.
 */
export function writeNewFileSync(file: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? utf8Bytes(data) : data;
  try {
    writeFileSync(file, bytes, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const replacement = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(replacement, bytes);
    renameSync(replacement, file);
  }
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 16);

/**
 * A text's UTF-8, in one buffer used again for every file this thread writes (the writes are
 * synchronous). A new buffer a file, as writeFileSync makes for a text, took 6.3 s of a 300k
 * build's main thread for its 1.2 million downloads (a CPU profile of the build).
 */
function utf8Bytes(text: string): Uint8Array {
  if (text.length * 3 > scratch.length) scratch = new Uint8Array(text.length * 3);
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

/**
 * Deletes the caches in `root` (one folder each) not opened for `maxAgeDays`: each output
 * folder built gets a cache of its own by default, and test and benchmark builds into
 * temporary folders would otherwise leave theirs behind for good.
 */
export async function forgetUnusedPageCaches(root: string, maxAgeDays: number): Promise<void> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const oldest = Date.now() - maxAgeDays * 24 * 3600 * 1000;
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const folder = join(root, entry.name);
    if ((await stat(folder)).mtimeMs < oldest) await rm(folder, { recursive: true, force: true });
  }
}
