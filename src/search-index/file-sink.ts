/**
 * Writes index files under content-hashed names and keeps the tally the build reports.
 * Node only.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentHash } from '../shared/search/fihris-index-format.ts';

export interface FileTally {
  files: number;
  bytes: number;
}

export class FileSink {
  readonly outDir: string;
  readonly byFolder = new Map<string, FileTally>();
  private readonly names = new Set<string>();

  constructor(outDir: string) {
    this.outDir = outDir;
    // A previous build's files would linger under names nothing points to.
    for (const folder of ['i', 'd', 'p', 't', 'k', 'c', 'h', 'root.json']) rmSync(join(outDir, folder), { recursive: true, force: true });
    for (const folder of ['i', 'd', 'p', 't', 'k', 'c', 'h']) mkdirSync(join(outDir, folder), { recursive: true });
  }

  /** Writes `bytes` as <folder>/<hash>.<extension> and returns that name. */
  writeHashed(folder: string, extension: string, bytes: Uint8Array): string {
    const name = `${folder}/${contentHash(bytes)}.${extension}`;
    if (this.names.has(name)) return name; // identical content, one file
    this.write(name, bytes);
    return name;
  }

  write(name: string, bytes: Uint8Array): void {
    const path = join(this.outDir, name);
    if (name === 'root.json') mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    this.names.add(name);
    const folder = name.includes('/') ? name.slice(0, name.indexOf('/')) : name;
    const tally = this.byFolder.get(folder) ?? { files: 0, bytes: 0 };
    tally.files++;
    tally.bytes += bytes.length;
    this.byFolder.set(folder, tally);
  }
}
