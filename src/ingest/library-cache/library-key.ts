/**
 * The cache key of one library: what its ingest result depends on. That is its code, every
 * file in its folder (library.yml names the dumps, but a dump added or removed can change
 * the profile's diagnostics, so the whole folder counts, simplest and safe), and the version
 * of the ingest code. Files are hashed as streams: a 30 MB dump is never held whole.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Hex sha256 over the code version, the library code and each file's relative path and bytes, by path. */
export async function libraryCacheKey(libraryDir: string, libraryCode: string, codeVersion: string): Promise<string> {
  const hash = createHash('sha256').update(`fihris library cache\0${codeVersion}\0${libraryCode}\0`);
  for (const path of (await folderEntries(libraryDir)).sort(comparePaths)) {
    await hashEntry(hash, libraryDir, path);
  }
  return hash.digest('hex');
}

/** Relative paths of every entry below the folder; symlinked folders are not followed (the ingest refuses what they lead out to). */
async function folderEntries(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true }).catch(() => []);
  return entries.map(String);
}

/**
 * A regular file adds its bytes; a symlink adds where it points (whether it leads outside the
 * folder decides a diagnostic) and, when it leads to a file, that file's bytes; folders add nothing.
 */
async function hashEntry(hash: Hash, libraryDir: string, path: string): Promise<void> {
  const absolutePath = join(libraryDir, path);
  const link = await lstat(absolutePath).catch(() => undefined);
  if (link === undefined || link.isDirectory()) return;
  hash.update(`${link.isSymbolicLink() ? 'link' : 'file'}\0${path}\0`);
  if (link.isSymbolicLink()) hash.update(`${await readlink(absolutePath)}\0`);
  const target = link.isSymbolicLink() ? await stat(absolutePath).catch(() => undefined) : link;
  if (!target?.isFile()) return;
  hash.update(`${target.size}\0`);
  for await (const chunk of createReadStream(absolutePath, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  hash.update('\0');
}

/** Code-unit order, the same in every locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
