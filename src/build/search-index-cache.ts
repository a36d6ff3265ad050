/**
 * What the search index's worker keeps between builds: each record's collection for the index
 * (its terms, weights, facets, card: collect-records.ts) and for the suggestion vocabulary (its
 * counted words: suggestion-vocabulary.ts), by the SHA-256 of its staged union.jsonl line. A
 * rebuild takes every record whose line is unchanged from here instead of parsing and
 * tokenising it again; both collections are made in the same record order as without the cache,
 * so the index and the vocabulary come out byte for byte the same.
 *
 * One file, `collected.bin`: the typed arrays as they lie in memory, the strings and cards as
 * JSON arrays of up to 10,000 a line (one string of a whole 1M catalogue's terms would near V8's
 * longest string), then a JSON header (the code version, the sizes, each section's place) and
 * its length in 8 bytes: the header comes last, when the sections' sizes are known.
 * Each section carries a CRC-32 in the header: a damaged file is passed over, as the ingest
 * cache's entries are. Written to a temporary name and renamed, so a build that stops midway
 * leaves the old file.
 */
import { createHash } from 'node:crypto';
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { CarriedCollection, CollectedRecords } from '../search-index/collect-records.ts';
import { GrowableFloat32, GrowableInt32 } from '../search-index/growable.ts';
import { hashSourceCode } from '../ingest/library-cache/code-version.ts';
import type { CountedWords } from './suggestion-vocabulary.ts';

const fileName = 'collected.bin';
const format = 'fihris-search-index-cache/2';
const valuesPerLine = 10_000;

/** The previous build's collections and, for each of its records, the hash of its line. */
export interface SearchIndexCache {
  collection: CarriedCollection;
  words: CountedWords;
  /** Line hash (hex) → the record's number in both collections. */
  recordByLine: Map<string, number>;
}

/** The hash a line is kept under. */
export function lineHash(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** Where a section lies, and the CRC-32 of its bytes: a damaged file is a miss, never wrong data (as the ingest cache's entries). */
interface Section {
  offset: number;
  bytes: number;
  crc: number;
}

interface Header {
  format: string;
  code: string;
  records: number;
  arrays: Record<ArrayName, Section>;
  strings: Record<StringsName, Section>;
}

const arrayNames = ['termStart', 'termIds', 'weights', 'lengths', 'priors', 'pairStart', 'pairs', 'lineHashes'] as const;
type ArrayName = (typeof arrayNames)[number];
const stringsNames = ['terms', 'facets', 'permanentIds', 'cards', 'keys', 'spellings'] as const;
type StringsName = (typeof stringsNames)[number];

/**
 * The code whose output the file holds: the index's collector and the shared text code it calls,
 * the suggestions' counting, this file's format, the lockfile (the union record schema's parser
 * is a dependency) and Node (the normaliser's Unicode tables).
 */
let codeVersion: Promise<string> | undefined;
function searchCodeVersion(): Promise<string> {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..');
  codeVersion ??= hashSourceCode([join(src, 'search-index'), join(src, 'shared')], [join(src, 'build', 'suggestion-vocabulary.ts'), fileURLToPath(import.meta.url)], format);
  return codeVersion;
}

/**
 * The cache in `dir`, or undefined when there is none, it was written by other code, or it cannot
 * be read whole (a disk that filled up), or a section fails its checksum: the build then collects
 * every record, as a first build does.
 */
export async function readSearchIndexCache(dir: string): Promise<SearchIndexCache | undefined> {
  const file = await open(join(dir, fileName)).catch(() => undefined);
  if (!file) return undefined;
  try {
    return await readCache(file);
  } catch {
    return undefined;
  } finally {
    await file.close();
  }
}

async function readCache(file: FileHandle): Promise<SearchIndexCache | undefined> {
  const { size } = await file.stat();
  const headerLength = Number((await readExactly(file, size - 8, 8)).readBigUInt64LE());
  const header = JSON.parse((await readExactly(file, size - 8 - headerLength, headerLength)).toString('utf8')) as Header;
  if (header.format !== format || header.code !== (await searchCodeVersion())) return undefined;
  const array = async (name: ArrayName) => (await readSection(file, header.arrays[name])).buffer as ArrayBuffer;
  const int32 = async (name: ArrayName) => grown(GrowableInt32, new Int32Array(await array(name)));
  const float32 = async (name: ArrayName) => grown(GrowableFloat32, new Float32Array(await array(name)));
  const lines = async <T = string>(name: StringsName) => parseJsonLines<T>(await readSection(file, header.strings[name]));
  const collection: CarriedCollection = {
    terms: await lines('terms'), facets: await lines('facets'), permanentIds: await lines('permanentIds'),
    cards: await lines<CollectedRecords['cards'][number]>('cards'),
    termStart: await int32('termStart'), termIds: await int32('termIds'), weights: await float32('weights'),
    lengths: await float32('lengths'), priors: await float32('priors'),
  };
  const words: CountedWords = { keys: await lines('keys'), spellings: await lines('spellings'), pairStart: await int32('pairStart'), pairs: await int32('pairs') };
  const lineHashes = Buffer.from(await array('lineHashes'));
  const recordByLine = new Map<string, number>();
  for (let i = 0; i < header.records; i++) recordByLine.set(lineHashes.toString('hex', i * 32, i * 32 + 32), i);
  return { collection, words, recordByLine };
}

/**
 * Keeps this build's collections for the next, with each record's line hash (32 bytes each, in
 * record order). Each section is written as it is encoded, a line of JSON at a time, so the file
 * is never whole in memory (the worker runs beside the page renderer, near the build's peak).
 */
export async function writeSearchIndexCache(dir: string, collected: CollectedRecords, words: CountedWords, lineHashes: Buffer): Promise<void> {
  const arrays: Record<ArrayName, Uint8Array> = {
    termStart: bytesOf(collected.termStart.view()), termIds: bytesOf(collected.termIds.view()), weights: bytesOf(collected.weights.view()),
    lengths: bytesOf(collected.lengths.view()), priors: bytesOf(collected.priors.view()), pairStart: bytesOf(words.pairStart.view()),
    pairs: bytesOf(words.pairs.view()), lineHashes,
  };
  const strings: Record<StringsName, readonly unknown[]> = {
    terms: collected.terms, facets: collected.facets, permanentIds: collected.permanentIds, cards: collected.cards,
    keys: words.keys, spellings: words.spellings,
  };
  const header: Header = { format, code: await searchCodeVersion(), records: lineHashes.length / 32, arrays: {} as Header['arrays'], strings: {} as Header['strings'] };
  // A build that stopped while writing left its temporary file: it is never read, so it goes.
  for (const name of await readdir(dir)) if (name.startsWith(`${fileName}.`) && name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
  const temporary = join(dir, `${fileName}.${process.pid}.tmp`);
  const file = await open(temporary, 'w');
  let offset = 0;
  let crc = 0;
  const write = async (bytes: Uint8Array) => {
    await file.write(bytes);
    offset += bytes.byteLength;
    crc = crc32(bytes, crc);
  };
  /** Writes one section and says where it lies. */
  const section = async (parts: Iterable<Uint8Array>): Promise<Section> => {
    const start = offset;
    crc = 0;
    for (const part of parts) await write(part);
    return { offset: start, bytes: offset - start, crc };
  };
  try {
    for (const name of arrayNames) {
      header.arrays[name] = await section([arrays[name]]);
      // Each array starts at a multiple of 4 bytes, as an Int32Array or Float32Array needs.
      if (offset % 4 !== 0) await write(new Uint8Array(4 - (offset % 4)));
    }
    for (const name of stringsNames) header.strings[name] = await section(jsonLines(strings[name]));
    const headerBytes = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(headerBytes.length));
    await write(headerBytes);
    await write(length);
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, join(dir, fileName));
}

function bytesOf(array: Int32Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** JSON arrays of up to valuesPerLine values, a line each, made as they are written. */
function* jsonLines(values: readonly unknown[]): Generator<Buffer> {
  for (let i = 0; i < values.length; i += valuesPerLine) yield Buffer.from(`${JSON.stringify(values.slice(i, i + valuesPerLine))}\n`);
}

function parseJsonLines<T>(bytes: Buffer): T[] {
  const values: T[] = [];
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(10, start);
    for (const value of JSON.parse(bytes.toString('utf8', start, newline)) as T[]) values.push(value);
    start = newline + 1;
  }
  return values;
}

/** A section's bytes, checked against its CRC-32. */
async function readSection(file: FileHandle, { offset, bytes, crc }: Section): Promise<Buffer> {
  const read = await readExactly(file, offset, bytes);
  if (crc32(read) !== crc) throw new Error(`${fileName}: the bytes at ${offset} do not match their checksum`);
  return read;
}

/** `length` bytes from `position`, in a buffer of their own (typed arrays are made on it). */
async function readExactly(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const bytes = Buffer.from(new ArrayBuffer(length));
  const { bytesRead } = await file.read(bytes, 0, length, position);
  if (bytesRead !== length) throw new Error(`${fileName}: cut short at byte ${position + bytesRead}`);
  return bytes;
}

function grown<T extends GrowableInt32 | GrowableFloat32>(kind: new () => T, values: T['data']): T {
  const growable = new kind();
  growable.data = values;
  growable.length = values.length;
  return growable;
}
