/**
 * The bytes of one cached library. A fixed header says what the file is, which key it was
 * written for and how long its body is, with a CRC-32 of the body: a truncated or damaged
 * file fails the check and is a miss, never wrong data. (CRC-32 rather than sha256: the check
 * is against accidents, not attackers, who could rewrite the checksum too, and it runs at
 * several GB/s where sha256 runs at 0.5 GB/s here; a library's entry can be 90 MB.)
 *
 *   header  magic "FIHRISLC", format version, body length, body CRC-32, key (32 bytes)
 *   body    u32 length + JSON of everything but bytes; the rejections' raw bytes one after
 *           the other; the source records' byte lengths (u32 each); their packed JSON bytes
 *
 * The source records stay as the store packs them (UTF-8 JSON), so a hit copies bytes
 * instead of parsing and re-serialising 40,000 records.
 */
import { crc32 } from 'node:zlib';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Rejection } from '../diagnostics/rejection.ts';
import type { ClusterInput } from '../merge/cluster-input.ts';
import type { LibraryAccount } from '../pipeline.ts';
import type { CachedLibrary } from './cached-library.ts';

const MAGIC = 'FIHRISLC';
const FORMAT_VERSION = 1;
const HEADER_BYTES = 56;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Everything of a cached library that is not bytes. */
interface Manifest {
  account: LibraryAccount;
  diagnostics: Diagnostic[];
  rejections: Array<Omit<Rejection, 'raw'>>;
  rawLengths: number[];
  sourceRecordKeys: string[];
  clusterInputs: ClusterInput[];
}

/** The file's bytes, as parts to write one after the other (no copy of the large parts into one buffer). */
export function encodeCacheFile(keyHex: string, library: CachedLibrary): Uint8Array[] {
  const { account, diagnostics, rejections, sourceRecords, clusterInputs } = library;
  const manifest: Manifest = {
    account,
    diagnostics,
    rejections: rejections.map(({ raw: _raw, ...rest }) => rest),
    rawLengths: rejections.map((r) => r.raw.length),
    sourceRecordKeys: sourceRecords.keys,
    clusterInputs,
  };
  const json = encoder.encode(JSON.stringify(manifest));
  const lengths = new Uint8Array(sourceRecords.lengths.length * 4);
  const lengthView = new DataView(lengths.buffer);
  sourceRecords.lengths.forEach((length, n) => lengthView.setUint32(n * 4, length, true));
  const body = [u32(json.length), json, ...rejections.map((r) => r.raw), lengths, sourceRecords.bytes];
  return [header(keyHex, body), ...body];
}

/** Bytes a file's header takes: what `headerFits` needs to read. */
export const cacheFileHeaderBytes = HEADER_BYTES;

/**
 * Whether a file's header says it is an entry for this key, of this whole size: a cheap look
 * before the work a miss costs. Its body's CRC is checked only when it is read (decodeCacheFile).
 */
export function headerFits(headerBytes: Uint8Array, fileSize: number, keyHex: string): boolean {
  if (headerBytes.length < HEADER_BYTES) return false;
  const view = new DataView(headerBytes.buffer, headerBytes.byteOffset, HEADER_BYTES);
  return decoder.decode(headerBytes.subarray(0, 8)) === MAGIC && view.getUint32(8, true) === FORMAT_VERSION
    && Buffer.from(headerBytes.subarray(24, 56)).toString('hex') === keyHex
    && fileSize === HEADER_BYTES + Number(view.getBigUint64(12, true));
}

/** The library in a file's bytes, or undefined when they are not a whole, undamaged entry for this key. */
export function decodeCacheFile(fileBytes: Uint8Array, keyHex: string): CachedLibrary | undefined {
  // A plain view: Buffer#slice would not copy, and the copies below must not pin the file.
  const bytes = new Uint8Array(fileBytes.buffer, fileBytes.byteOffset, fileBytes.byteLength);
  if (!headerFits(bytes.subarray(0, HEADER_BYTES), bytes.length, keyHex)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const body = bytes.subarray(HEADER_BYTES);
  if (crc32(body) !== view.getUint32(20, true)) return undefined;
  try {
    return readBody(body);
  } catch {
    // A body that passed the CRC but does not parse was written by other code: a miss too.
    return undefined;
  }
}

function readBody(body: Uint8Array): CachedLibrary | undefined {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let at = 4 + view.getUint32(0, true);
  const manifest = JSON.parse(decoder.decode(body.subarray(4, at))) as Manifest;
  const rejections = manifest.rejections.map((rejection, n) => {
    // slice, not subarray: a kept rejection must not pin the whole file's buffer in memory.
    const raw = body.slice(at, at + manifest.rawLengths[n]);
    at += manifest.rawLengths[n];
    return { ...rejection, raw };
  });
  const count = manifest.sourceRecordKeys.length;
  const lengths = new Uint32Array(count);
  for (let n = 0; n < count; n++) lengths[n] = view.getUint32(at + n * 4, true);
  at += count * 4;
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (at + total !== body.length) return undefined;
  const sourceRecords = { keys: manifest.sourceRecordKeys, lengths, bytes: body.subarray(at) };
  const { account, diagnostics, clusterInputs } = manifest;
  return { account, diagnostics, rejections, sourceRecords, clusterInputs };
}

function header(keyHex: string, body: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(encoder.encode(MAGIC), 0);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setBigUint64(12, BigInt(body.reduce((sum, part) => sum + part.length, 0)), true);
  // Empty parts skipped: zlib.crc32 of an empty typed array returns 0 whatever the running value (Node 22).
  view.setUint32(20, body.reduce((crc, part) => (part.length === 0 ? crc : crc32(part, crc)), 0), true);
  bytes.set(Buffer.from(keyHex, 'hex'), 24);
  return bytes;
}

function u32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
}
