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
/** Writes open at once: libuv runs four at a time; a few more keep its threads busy. */
const writesInFlight = 16;
const emptyBytes = new Uint8Array(0);

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
   * Queues `bytes` to be written as `name`. Writes run on libuv's threads, at most
   * `writesInFlight` at once (more would run out of file handles), while the build goes on:
   * creating 100k small files is mostly waiting on the file system. finish() waits for them,
   * and throws the first write error.
   */
  write(name: string, bytes: Uint8Array): void {
    const path = join(this.outDir, name);
    if (name === 'root.json') mkdirSync(dirname(path), { recursive: true });
    this.tally(name, bytes);
    this.queue.push([path, bytes]);
    this.pump();
  }

  /** Waits for every write, then deletes the files of an earlier build that this one does not name. */
  async finish(): Promise<void> {
    if (this.inFlight > 0 || this.next < this.queue.length) await new Promise<void>((resolve) => (this.idle = resolve));
    if (this.failure) throw this.failure;
    for (const name of this.before) if (!this.names.has(name)) rmSync(join(this.outDir, name), { force: true });
  }

  private readonly queue: [string, Uint8Array][] = [];
  /** Queue position of the next write to start (the queue is never shifted: 100k shifts cost seconds). */
  private next = 0;
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private failure: unknown;

  private pump(): void {
    while (this.inFlight < writesInFlight && this.next < this.queue.length) {
      const [path, bytes] = this.queue[this.next];
      this.queue[this.next++] = ['', emptyBytes]; // let the bytes go once written
      this.inFlight++;
      writeFile(path, bytes)
        .catch((error: unknown) => void (this.failure ??= error))
        .finally(() => {
          this.inFlight--;
          this.pump();
          if (this.inFlight === 0 && this.next >= this.queue.length) this.idle?.();
        });
    }
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
