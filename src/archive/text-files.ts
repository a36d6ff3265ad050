/**
 * Several text files written together from one pass over their rows: the three dumps of the
 * union (or of a library) list the same records, and each record's MARC is built once for
 * all three. Each file is its own stream, so the gzip of one runs in zlib's thread pool while
 * this thread serialises the rows of the others. Bytes are those the earlier one-file writer
 * gave each file's pieces (same 1 MB batches, same gzip settings; Node's gzip header has mtime 0
 * and no file name), so dumps stay byte-identical across versions: tests/unit/archive/
 * text-files.test.ts compares them with that writer, kept there as text-file-reference.ts.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export interface TextFileSpec {
  path: string;
  gzip: boolean;
}

// One write per record would cost a trip to zlib's thread pool each.
const batchLength = 1 << 20;

// Batches in flight per file, each in a buffer of its own that is used again once written:
// this thread fills one while zlib compresses another. A new buffer a batch (a string turned
// into bytes) is memory outside the heap that only a collection frees, and
// with a large catalogue in memory each full collection costs about a second.
const buffersPerFile = 3;

// Buffers of finished files, for the next files to use: a library's dumps are small and many,
// and three new buffers a file cost as much as a new buffer a batch. At most nine kept (18 MB).
const spareBuffers: Buffer[] = [];
const maxSpareBuffers = 9;

/**
 * Writes `files`; each row holds one piece per file, in the order of `files` ('' adds nothing).
 * A file already at a path is deleted first, never written over: it may be a hard link to a
 * cached dump, which writing in place would change too.
 */
export async function writeTextFiles(files: TextFileSpec[], rows: Iterable<string[]>): Promise<void> {
  await Promise.all(files.map((file) => rm(file.path, { force: true })));
  const writers = files.map(openWriter);
  try {
    for (const row of rows) {
      for (let n = 0; n < writers.length; n++) {
        const full = writers[n].add(row[n]);
        if (full) await full;
      }
    }
  } finally {
    // Ended even after a failure, so that no stream is left open.
    await Promise.all(writers.map((writer) => writer.end()));
  }
}

interface Writer {
  /** A promise when the stream is full: wait for it before adding more. */
  add(piece: string): Promise<unknown> | undefined;
  end(): Promise<void>;
}

function openWriter(file: TextFileSpec): Writer {
  const output = createWriteStream(file.path);
  const gzip = file.gzip ? createGzip() : undefined;
  const input: Writable = gzip ?? output;
  const done = gzip ? pipeline(gzip, output) : finished(output);
  // Observed at once: a failing stream must not be an unhandled rejection while others are fed.
  done.catch(() => undefined);
  const buffers = new BufferRing(buffersPerFile);
  let batch = buffers.take()!;
  let used = 0;
  let length = 0;
  return {
    add(piece) {
      // Three bytes per UTF-16 code unit at most: room for the worst case.
      if (used + piece.length * 3 > batch.length) batch = larger(batch, used, used + piece.length * 3);
      used += batch.write(piece, used, 'utf8');
      // Counted in UTF-16 code units, as the one-file writer counted: the batches are cut where its were.
      length += piece.length;
      if (length < batchLength) return undefined;
      const written = batch;
      // The stream's own limit is ignored (a batch is larger): the ring is what holds this thread back.
      input.write(written.subarray(0, used), () => buffers.give(written));
      used = 0;
      length = 0;
      const next = buffers.take();
      if (next) {
        batch = next;
        return undefined;
      }
      return Promise.race([buffers.next().then((free) => { batch = free; }), done]);
    },
    async end() {
      if (!input.writableEnded && !input.destroyed) input.end(batch.subarray(0, used));
      try {
        await done;
      } finally {
        buffers.release(batch);
      }
    },
  };
}

function larger(buffer: Buffer, used: number, needed: number): Buffer {
  const grown = Buffer.allocUnsafe(Math.max(2 * buffer.length, needed));
  buffer.copy(grown, 0, 0, used);
  return grown;
}

/** A few batch buffers, made when first needed and given back once their bytes are written. */
class BufferRing {
  #free: Buffer[] = [];
  #made = 0;
  #waiting: ((buffer: Buffer) => void) | undefined;
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
  }

  /** A free buffer, or undefined when all are in flight (then wait for `next`). */
  take(): Buffer | undefined {
    if (this.#free.length > 0) return this.#free.pop();
    if (this.#made === this.#size) return undefined;
    this.#made++;
    return spareBuffers.pop() ?? Buffer.allocUnsafe(2 * batchLength);
  }

  /** Once the file is written: its buffers (`current` too) go to the spares, for the next files. */
  release(current: Buffer): void {
    for (const buffer of [current, ...this.#free]) {
      if (spareBuffers.length < maxSpareBuffers && buffer.length === 2 * batchLength) spareBuffers.push(buffer);
    }
    this.#free = [];
  }

  next(): Promise<Buffer> {
    return new Promise((resolve) => { this.#waiting = resolve; });
  }

  give(buffer: Buffer): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting(buffer);
    else this.#free.push(buffer);
  }
}
