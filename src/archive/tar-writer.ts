/**
 * A deterministic .tar.gz (POSIX ustar, pax headers for paths ustar cannot hold): entries
 * in the order given (callers sort them), every file 0644, owner 0:0 with no names, one
 * fixed mtime. Written here rather than by a dependency or GNU tar so the bytes depend on
 * nothing but the files: not on the tar version, the locale or the machine's user ids.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const block = 512;

export interface TarEntry {
  /** Path inside the archive, "/"-separated. */
  name: string;
  /** File to read the content from. */
  absolutePath: string;
  size: number;
}

export async function writeTarGz(outPath: string, entries: TarEntry[], mtimeSeconds: number): Promise<void> {
  await pipeline(Readable.from(tarBlocks(entries, mtimeSeconds)), createGzip(), createWriteStream(outPath));
}

async function* tarBlocks(entries: TarEntry[], mtime: number): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield* headerBlocks(entry.name, entry.size, mtime);
    let written = 0;
    for await (const chunk of createReadStream(entry.absolutePath)) {
      written += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
    if (written !== entry.size) throw new Error(`${entry.absolutePath} changed while it was archived (${entry.size} bytes listed, ${written} read).`);
    yield Buffer.alloc(padding(entry.size));
  }
  yield Buffer.alloc(block * 2);
}

/** One ustar header, preceded by a pax header when the path does not fit ustar's fields. */
export function headerBlocks(name: string, size: number, mtime: number): Buffer[] {
  const split = splitUstarPath(name);
  if (split) return [ustarHeader({ ...split, size, mtime, type: '0' })];
  const record = paxRecord('path', name);
  const pax = Buffer.concat([record, Buffer.alloc(padding(record.length))]);
  const paxHeader = ustarHeader({ name: 'PaxHeader', prefix: '', size: record.length, mtime, type: 'x' });
  const shortName = Buffer.from(name, 'utf8').subarray(-100).toString('utf8').replace(/^\uFFFD+/, '');
  return [paxHeader, pax, ustarHeader({ name: shortName, prefix: '', size, mtime, type: '0' })];
}

/** name ≤ 100 bytes, or prefix ≤ 155 bytes + "/" + name ≤ 100 bytes; undefined otherwise. */
function splitUstarPath(path: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    const prefix = path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') return { name, prefix };
  }
  return undefined;
}

/** "<length> key=value\n", where the length counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`, 'utf8');
}

interface Header {
  name: string;
  prefix: string;
  size: number;
  mtime: number;
  type: '0' | 'x';
}

function ustarHeader(header: Header): Buffer {
  const buffer = Buffer.alloc(block);
  buffer.write(header.name, 0, 100, 'utf8');
  buffer.write(octal(0o644, 7), 100);
  buffer.write(octal(0, 7), 108);
  buffer.write(octal(0, 7), 116);
  buffer.write(octal(header.size, 11), 124);
  buffer.write(octal(header.mtime, 11), 136);
  buffer.write(' '.repeat(8), 148);
  buffer.write(header.type, 156);
  buffer.write('ustar\u000000', 257, 'latin1');
  buffer.write(header.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of buffer) sum += byte;
  buffer.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'latin1');
  return buffer;
}

/** Zero-padded octal digits followed by NUL, as ustar numeric fields are. */
function octal(value: number, digits: number): string {
  const text = value.toString(8);
  if (text.length > digits) throw new Error(`${value} does not fit a ${digits}-digit tar field (files over 8 GiB are not supported).`);
  return `${text.padStart(digits, '0')}\u0000`;
}

export function padding(size: number): number {
  return (block - (size % block)) % block;
}
