/**
 * Empties the output folder before a build without waiting for the old files to go. Astro
 * empties it itself, one file at a time and before it renders anything: with the previous
 * site of 100k records there (641k files, most of them hard links into the page cache) that
 * took about a minute of a rebuild. Here the folder's entries are renamed into a hidden
 * sibling folder (a rename each, instant) and deleted in the background while the build
 * runs, off the thread pool the build's reads use (delete-folders-in-background.ts); `.git`
 * stays, as Astro keeps it (a site deployed from a checkout of its own branch).
 */
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deleteFoldersInBackground } from './delete-folders-in-background.ts';

export interface ClearedOutputFolder {
  /** Settles when the previous files are gone; never rejects (a failure is reported in `problem`). */
  deleted: Promise<{ problem?: string }>;
}

const kept = new Set(['.git']);

export async function clearOutputFolder(outDir: string): Promise<ClearedOutputFolder> {
  const entries = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return setAside(outDir, entries.filter((name) => !kept.has(name)));
}

/**
 * Moves `names` (entries of `outDir`) into a hidden sibling folder, deleted in the
 * background: a rename each, however many files a folder holds. The hidden siblings a killed
 * build left behind (its set-aside files, Astro's scratch folder) are deleted with them: one
 * build into a folder at a time.
 */
export async function setAside(outDir: string, names: string[]): Promise<ClearedOutputFolder> {
  const going = await leftoverSiblings(outDir);
  if (names.length > 0) {
    // A sibling, so that the renames stay on one file system; hidden, and named after the
    // folder, so that one left behind by a killed build says where it came from.
    const aside = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}.previous-`));
    for (const name of names) {
      await rename(join(outDir, name), join(aside, name)).catch(async (error: NodeJS.ErrnoException) => {
        // The output folder is a mount point of its own: delete this entry where it is.
        if (error.code !== 'EXDEV') throw error;
        await rm(join(outDir, name), { recursive: true, force: true });
      });
    }
    going.push(aside);
  }
  const deleted = deleteFoldersInBackground(going).then(
    () => ({}),
    (error: Error) => ({ problem: `the previous build's files in ${going.join(', ')} could not be deleted (${error.message}); delete them by hand` }),
  );
  return { deleted };
}

/** The hidden siblings of `outDir` that builds make and delete: `.<name>.previous-…`, `.<name>.astro-…`. */
async function leftoverSiblings(outDir: string): Promise<string[]> {
  const prefixes = ['previous', 'astro'].map((kind) => `.${basename(outDir)}.${kind}-`);
  const siblings = await readdir(dirname(outDir)).catch(() => [] as string[]);
  return siblings.filter((name) => prefixes.some((prefix) => name.startsWith(prefix))).map((name) => join(dirname(outDir), name));
}
