/**
 * Writes index files under content-hashed names and keeps the tally the build reports.
 * A file already in the folder under its full 48-bit content hash holds these very bytes, so a
 * rebuild leaves it alone (on this machine's disk, deleting and rewriting 100k files took longer
 * than building them); files nothing names any more are deleted at the end. Card files carry a
 * 24-bit tag only, too short to trust that way: they are always written. Node only.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

  write(name: string, bytes: Uint8Array): void {
    const path = join(this.outDir, name);
    if (name === 'root.json') mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    this.tally(name, bytes);
  }

  /** Deletes the files of an earlier build that this one does not name. */
  finish(): void {
    for (const name of this.before) if (!this.names.has(name)) rmSync(join(this.outDir, name), { force: true });
  }

  private tally(name: string, bytes: Uint8Array): void {
    this.names.add(name);
    const folder = name.includes('/') ? name.slice(0, name.indexOf('/')) : name;
    const tally = this.byFolder.get(folder) ?? { files: 0, bytes: 0 };
    tally.files++;
    tally.bytes += bytes.length;
    this.byFolder.set(folder, tally);
  }
}
