/**
 * Writes index files under content-hashed names and keeps the tally the build reports.
 * A file already in the folder under its full 48-bit content hash holds these very bytes, so a
 * rebuild leaves it alone (on this machine's disk, deleting and rewriting 100k files took longer
 * than building them); files nothing names any more are deleted at the end. Card files carry a
 * 24-bit tag only, too short to trust that way: they are always written. Node only.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentHash } from '../shared/search/fihris-index-format.ts';

export interface FileTally {
  files: number;
  bytes: number;
}

const folders = ['i', 'd', 'p', 't', 'k', 'c', 'h'];

export class FileSink {
  readonly outDir: string;
  readonly byFolder = new Map<string, FileTally>();
  private readonly names = new Set<string>();
  /** Index files found in outDir before this build. */
  private readonly before = new Set<string>();

  constructor(outDir: string) {
    this.outDir = outDir;
    for (const folder of folders) {
      const path = join(outDir, folder);
      if (existsSync(path)) for (const name of readdirSync(path)) this.before.add(`${folder}/${name}`);
      mkdirSync(path, { recursive: true });
    }
  }

  /** Writes `bytes` as <folder>/<hash>.<extension> and returns that name. */
  writeHashed(folder: string, extension: string, bytes: Uint8Array): string {
    const name = `${folder}/${contentHash(bytes)}.${extension}`;
    if (this.names.has(name)) return name; // identical content, one file
    if (this.before.has(name)) this.tally(name, bytes);
    else this.write(name, bytes);
    return name;
  }

  /**
   * Starts writing `bytes` as `name`. Writes run on libuv's threads while the build goes on
   * (creating 100k small files is mostly waiting on the file system); finish() waits for them,
   * and the first write error is thrown from there.
   */
  write(name: string, bytes: Uint8Array): void {
    const path = join(this.outDir, name);
    if (name === 'root.json') mkdirSync(dirname(path), { recursive: true });
    this.tally(name, bytes);
    this.pending.push(writeFile(path, bytes).catch((error: unknown) => void (this.failure ??= error)));
  }

  /** Waits for every write, then deletes the files of an earlier build that this one does not name. */
  async finish(): Promise<void> {
    await Promise.all(this.pending.splice(0));
    if (this.failure) throw this.failure;
    for (const name of this.before) if (!this.names.has(name)) rmSync(join(this.outDir, name), { force: true });
  }

  private readonly pending: Promise<void>[] = [];
  private failure: unknown;

  private tally(name: string, bytes: Uint8Array): void {
    this.names.add(name);
    const folder = name.includes('/') ? name.slice(0, name.indexOf('/')) : name;
    const tally = this.byFolder.get(folder) ?? { files: 0, bytes: 0 };
    tally.files++;
    tally.bytes += bytes.length;
    this.byFolder.set(folder, tally);
  }
}
