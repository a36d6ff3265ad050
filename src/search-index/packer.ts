/**
 * Packs small items (postings blocks, block tables) into files of about 2-4 KB. File boundaries
 * are content-defined: a file ends after an item whose stable key hashes to a cut point (once
 * the file has its minimum size), so inserting or changing one item rewrites its own file and
 * not every file after it. An item larger than the maximum gets a file of its own.
 */
import { ByteWriter } from './byte-writer.ts';
import type { FileSink } from './file-sink.ts';

const minFileBytes = 2048;
const maxFileBytes = 4096;
/** After the minimum size, one item in this many ends the file. */
const cutEvery = 4;

export interface PackedFile {
  hash: string;
  bytes: number;
}

export interface ItemPlace {
  file: number;
  offset: number;
}

export class Packer {
  private readonly sink: FileSink;
  private readonly folder: string;
  private current = new ByteWriter();
  readonly files: PackedFile[] = [];

  constructor(sink: FileSink, folder: string) {
    this.sink = sink;
    this.folder = folder;
  }

  /** Adds an item; `key` must depend only on what the item is (term, first doc), not where. */
  add(item: Uint8Array, key: number): ItemPlace {
    if (this.current.length > 0 && this.current.length + item.length > maxFileBytes) this.close();
    const place = { file: this.files.length, offset: this.current.length };
    this.current.bytes(item);
    if (this.current.length >= minFileBytes && key % cutEvery === 0) this.close();
    return place;
  }

  close(): void {
    if (this.current.length === 0) return;
    const bytes = this.current.result();
    const name = this.sink.writeHashed(this.folder, 'bin', bytes);
    this.files.push({ hash: name.slice(this.folder.length + 1, -4), bytes: bytes.length });
    this.current = new ByteWriter();
  }
}
