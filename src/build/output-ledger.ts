/**
 * The output folder kept between builds. Most of a built site is hard links into the page
 * caches (record, library and browse pages, record downloads): 610k files at 100k records.
 * Linking them all again into an emptied folder took 14 s of a rebuild's thread after one
 * library's re-deposit, for a few thousand files that changed. The ledger lists each such
 * file of the last build with the cache key it holds; the next build into the same folder
 * keeps the files whose key is unchanged and touches only the others.
 *
 * Every other file of the previous build (Astro's pages, the search index, the dumps…) is
 * deleted when the build starts, as before, so the writers that do not use the ledger find
 * their paths empty. A file that stays is the cache's own file under a second name: a writer
 * must replace it (a new file, or a rename over it), never write into it.
 *
 * The ledger is deleted when a build starts and written when it ends: after a failed build
 * the folder holds a mix of two builds and the next one empties it. It also records the time
 * each of its folders was last changed (a folder's mtime moves when a file in it is added,
 * removed or replaced): a folder another build wrote into since, or one restored from
 * another deploy's cache than the ledger, does not match it, and the folder is emptied.
 */
import { existsSync, rmdirSync, unlinkSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { clearOutputFolder, setAside, type ClearedOutputFolder } from './clear-output-folder.ts';
import { LedgerLines } from './ledger-lines.ts';
import { linkOrCopy } from './page-renderer/page-cache.ts';

export interface OutputLedger {
  /**
   * True when the previous build left `path` (relative to the output folder) holding the
   * cached file of `key`: it stays as it is. Either way the path is this build's from now on.
   */
  holds(path: string, key: string): boolean;
  /** `path` was linked or written this build, holding the cached file of `key`. */
  record(path: string, key: string): void;
  /**
   * Moves every file of `folder` (another build's output: Astro's pages) to the same path in
   * the output folder, each a rename over what is there, never a write into it; the ledger
   * forgets those paths. `folder` is left empty.
   */
  moveIn(folder: string): Promise<void>;
  /**
   * After every writer: deletes the previous build's cached files this build neither kept
   * nor wrote again (a record gone, a library page fewer), then saves the ledger.
   */
  finish(): Promise<{ removed: number }>;
}

export interface OpenedOutputFolder extends ClearedOutputFolder {
  ledger: OutputLedger;
  /** Files of the previous build kept for this one (0: the folder was emptied). */
  kept: number;
}

const ledgerFormat = 'fihris-output-ledger/1';

/**
 * A key is kept as its first 16 hex digits (64 bits): the ledger of 614k paths at 100k
 * records is then a 21 MB file, and a page whose content changed would keep its stale file
 * only if the two keys of that one path agreed in 64 bits.
 */
const keyPrefix = (key: string) => key.slice(0, 16);

/**
 * Readies `outDir` for a build. With `ledgerFile` (the caches are on) and a ledger of a build
 * into this same folder, the files it lists stay and every other file goes; otherwise the
 * folder is emptied (clear-output-folder.ts).
 * @example const { ledger } = await openOutputFolder('dist', '.fihris/page-cache/ab12-output/ledger')
 */
export async function openOutputFolder(outDir: string, ledgerFile: string | undefined): Promise<OpenedOutputFolder> {
  const previous = ledgerFile ? await readLedger(ledgerFile, outDir) : undefined;
  // From here on the folder no longer matches the ledger until this build finishes.
  if (ledgerFile) await rm(ledgerFile, { force: true });
  if (!previous) {
    const cleared = await clearOutputFolder(outDir);
    return { ...cleared, ledger: createLedger(outDir, new LedgerLines(''), ledgerFile), kept: 0 };
  }
  const cleared = await keepLedgerFiles(outDir, previous);
  return { ...cleared, ledger: createLedger(outDir, previous, ledgerFile), kept: previous.size };
}

/**
 * Puts the cached file of `key` at `path` of the output folder: left as it is where the last
 * build left it there (true), else linked anew over whatever is there (false).
 */
export function placeCachedFile(ledger: OutputLedger | undefined, outDir: string, path: string, key: string, cachedFile: string): boolean {
  if (ledger?.holds(path, key)) return true;
  linkOrCopy(cachedFile, join(outDir, path));
  ledger?.record(path, key);
  return false;
}

/** The previous ledger's paths and key prefixes, if it was written by a build into `outDir`. */
async function readLedger(ledgerFile: string, outDir: string): Promise<LedgerLines | undefined> {
  const text = await readFile(ledgerFile, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const headerEnd = text.indexOf('\n');
  const header = parsedHeader(headerEnd > 0 ? text.slice(0, headerEnd) : '');
  if (header?.format !== ledgerFormat || header.outDir !== outDir) return undefined;
  if (!await foldersUnchanged(outDir, header.folders)) return undefined;
  const entries = new LedgerLines(text, headerEnd + 1);
  // A ledger cut short (the disk filled as it was written) is not trusted.
  return entries.size === header.files ? entries : undefined;
}

interface LedgerHeader {
  format: string;
  outDir: string;
  files: number;
  /** Each folder holding a file of the ledger, with its mtime in whole seconds (as tar keeps it). */
  folders: Record<string, number>;
}

/** A damaged header is no header: the folder is emptied rather than the build stopped. */
function parsedHeader(line: string): LedgerHeader | undefined {
  try {
    return JSON.parse(line) as LedgerHeader;
  } catch {
    return undefined;
  }
}

async function foldersUnchanged(outDir: string, folders: Record<string, number>): Promise<boolean> {
  for (const [folder, seconds] of Object.entries(folders)) {
    const mtime = await stat(join(outDir, folder)).then((s) => Math.floor(s.mtimeMs / 1000), () => undefined);
    if (mtime !== seconds) return false;
  }
  return true;
}

/**
 * Deletes every file of `outDir` the ledger does not list (a folder without any such file
 * goes whole, set aside and deleted in the background), and drops from the ledger the files
 * that are no longer there. `.git` stays, as clearOutputFolder keeps it.
 */
async function keepLedgerFiles(outDir: string, ledger: LedgerLines): Promise<ClearedOutputFolder> {
  const topFolders = ledger.topFolders();
  const entries = await readdir(outDir, { withFileTypes: true });
  const leaving: string[] = [];
  let found = 0;
  for (const entry of entries) {
    if (entry.name === '.git') continue;
    if (!(entry.isDirectory() ? topFolders.has(`${entry.name}/`) : ledger.has(entry.name))) {
      leaving.push(entry.name);
    } else if (entry.isDirectory()) {
      found += await deleteUnlisted(outDir, entry.name, ledger);
    } else {
      found++;
    }
  }
  // Rare (a file deleted by hand): the ledger forgets what is no longer there.
  if (found < ledger.size) {
    for (const path of ledger.remainingPaths()) if (!existsSync(join(outDir, path))) ledger.delete(path);
  }
  return setAside(outDir, leaving);
}

/**
 * Within one top folder: deletes the files the ledger does not list, then the folders left
 * empty. Returns how many files of the ledger it found.
 */
async function deleteUnlisted(outDir: string, topFolder: string, ledger: LedgerLines): Promise<number> {
  const entries = await readdir(join(outDir, topFolder), { withFileTypes: true, recursive: true });
  const folders = new Set<string>([join(outDir, topFolder)]);
  // Each folder's path from outDir, worked out once: the top folders hold 600k files.
  const prefixOf = new Map<string, string>();
  let found = 0;
  for (const entry of entries) {
    if (entry.isDirectory()) {
      folders.add(join(entry.parentPath, entry.name));
      continue;
    }
    let prefix = prefixOf.get(entry.parentPath);
    if (prefix === undefined) {
      prefix = `${relative(outDir, entry.parentPath).split(sep).join('/')}/`;
      prefixOf.set(entry.parentPath, prefix);
    }
    if (entry.isFile() && ledger.has(prefix + entry.name)) found++;
    else await unlink(join(entry.parentPath, entry.name));
  }
  // Deepest first, so that a folder emptied of its folders goes too.
  for (const emptied of [...folders].sort((a, b) => b.length - a.length)) removeIfEmpty(emptied);
  return found;
}

function removeIfEmpty(folder: string): boolean {
  try {
    rmdirSync(folder);
    return true;
  } catch {
    return false;
  }
}

function createLedger(outDir: string, previous: LedgerLines, ledgerFile: string | undefined): OutputLedger {
  // This build's entries, as lines of the next ledger: strings in chunks, not a second map.
  const lines: string[] = [];
  const folders = new Set<string>();
  let pending = '';
  let count = 0;
  const add = (path: string, key: string) => {
    pending += `${path}\t${keyPrefix(key)}\n`;
    folders.add(path.slice(0, Math.max(0, path.lastIndexOf('/'))));
    count++;
    if (pending.length > 1 << 16) {
      lines.push(pending);
      pending = '';
    }
  };
  return {
    holds(path, key) {
      const held = previous.get(path);
      if (held === undefined) return false;
      previous.delete(path);
      if (held !== keyPrefix(key)) return false;
      if (ledgerFile) add(path, key);
      return true;
    },
    record(path, key) {
      previous.delete(path);
      if (ledgerFile) add(path, key);
    },
    async moveIn(folder) {
      for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
        const from = join(entry.parentPath, entry.name);
        const path = relative(folder, from).split(sep).join('/');
        const to = join(outDir, path);
        if (entry.isDirectory()) {
          await mkdir(to, { recursive: true });
          continue;
        }
        previous.delete(path);
        await mkdir(dirname(to), { recursive: true });
        await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
          // The output folder is a mount point of its own: a new file in its place.
          if (error.code !== 'EXDEV') throw error;
          await rm(to, { force: true });
          await copyFile(from, to);
        });
      }
    },
    async finish() {
      let removed = 0;
      for (const path of previous.remainingPaths()) {
        const file = join(outDir, path);
        try {
          unlinkSync(file);
          removed++;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        for (let folder = dirname(file); folder !== outDir && removeIfEmpty(folder); folder = dirname(folder));
      }
      if (ledgerFile) {
        const stamps: Record<string, number> = {};
        for (const folder of [...folders].sort()) stamps[folder] = Math.floor((await stat(join(outDir, folder))).mtimeMs / 1000);
        const header = JSON.stringify({ format: ledgerFormat, outDir, files: count, folders: stamps } satisfies LedgerHeader);
        const temporary = `${ledgerFile}.${process.pid}.tmp`;
        await writeFile(temporary, [`${header}\n`, ...lines, pending]);
        await rename(temporary, ledgerFile);
      }
      return { removed };
    },
  };
}
