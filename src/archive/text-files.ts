/**
 * Several text files written together from one pass over their rows: the three dumps of the
 * union (or of a library) list the same records, and each record's MARC is built once for
 * all three. Each file is its own stream, so the gzip of one runs in zlib's thread pool while
 * this thread serialises the rows of the others. Bytes are those of writeTextFile
 * (text-file.ts) given each file's pieces: same batching, same gzip settings.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { PassThrough, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, type ZlibOptions } from 'node:zlib';

export interface TextFileSpec {
  path: string;
  gzip: boolean;
}

// As in text-file.ts: one write per record would cost a trip to zlib's thread pool each.
const batchLength = 1 << 20;

// A stream is full once this many bytes wait in it: room for a few batches, so that this thread
// builds the next ones while zlib compresses the last. At the default (16 KB) every batch is
// full at once, and the thread waits, idle, until zlib has taken all of it in.
const waitingBytes = 8 * batchLength;

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
  const room = { writableHighWaterMark: waitingBytes };
  // Zlib's streams hand their options on to Transform; @types/node lists only zlib's own.
  const input: Transform = file.gzip ? createGzip(room as ZlibOptions) : new PassThrough(room);
  const done = pipeline(input, createWriteStream(file.path));
  // Observed at once: a failing stream must not be an unhandled rejection while others are fed.
  done.catch(() => undefined);
  let batch = '';
  return {
    add(piece) {
      batch += piece;
      if (batch.length < batchLength) return undefined;
      const flowing = input.write(batch, 'utf8');
      batch = '';
      return flowing ? undefined : Promise.race([once(input, 'drain'), done]);
    },
    end() {
      if (!input.writableEnded && !input.destroyed) input.end(batch, 'utf8');
      batch = '';
      return done;
    },
  };
}
