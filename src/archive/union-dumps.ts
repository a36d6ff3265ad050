/**
 * The union's three dumps (union.marcxml.gz, union.jsonl.gz, union.csv), made in parts of
 * about `recordsPerPart` records each: a gzip dump is its parts' gzip members one after the
 * other (a multi-member gzip file, RFC 1952 §2.2, as pigz and bgzip make: gzip, zcat, Python,
 * Java, Go and Node read it as one stream), the CSV its parts' rows. With a cache, a rebuild
 * makes again only the parts that hold a changed record and copies the others' bytes: making
 * every record's union MARC and its three rows again was most of a 100k rebuild's last stage.
 *
 * A part ends after each record whose id hashes to a multiple of `recordsPerPart`, so a record
 * added or withdrawn changes its own part, never where the parts after it begin. Cached or
 * not, each part is compressed on its own: the files are the same bytes either way.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import type { SourceRecordStore } from '../ingest/marc/source-record-store.ts';
import { recordSourcesHash } from '../ingest/record-sources-hash.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { csvByteOrderMark, csvRow } from './csv.ts';
import type { DumpsCache } from './dumps-cache.ts';
import { unionCsvHeader, unionCsvValues, unionDumpLine } from './dump-rows.ts';
import type { UnionMarc } from './union-marc.ts';
import { writersHash } from './writers-hash.ts';

export interface UnionDumpsInput {
  /** Union records in the order the dumps list them. */
  records: UnionRecord[];
  sourceRecords: Pick<SourceRecordStore, 'storedBytes'>;
  unionMarc: (record: UnionRecord) => UnionMarc | undefined;
  /** What `unionMarc` depends on besides the record and its members' source records (the libraries' holdings tags). */
  unionMarcSettings?: unknown;
  recordUrl: (record: UnionRecord) => string;
  /** None: every part is made. */
  cache?: DumpsCache;
  /** Records per part on average (tests set few); see defaultRecordsPerPart. */
  recordsPerPart?: number;
}

export interface UnionDumpsSummary {
  parts: number;
  /** Of those, the parts copied from the cache. */
  fromCache: number;
}

export const unionDumpNames = ['union.marcxml.gz', 'union.jsonl.gz', 'union.csv'];

/**
 * 64 records a part: a re-deposit that changed 2.1% of the records, spread over the id order,
 * left 690 of 1,571 parts untouched at 100k (512 a part would leave almost none); the gzip
 * files are 4.7% larger than one stream (`node scripts/bench-dumps.ts`).
 */
export const defaultRecordsPerPart = 64;

/** The names a part's three pieces have in the cache. */
const partNames = unionDumpNames.map((name) => `${name}.part`);

/**
 * Bump when a part changes for a reason the hashed sources below do not show
 * (a writer's import that is not in the list, a runtime's changed serialisation).
 */
const writersVersion = 1;

/** This file and the writers it calls: a change to any of them makes every part anew. */
const writerSources = ['./union-dumps.ts', './dump-rows.ts', './csv.ts', './union-marc.ts', '../ingest/emit/marcxml-writer.ts'];

let writersKey: string | undefined;

const gzipBytes = promisify(gzip);

/** Parts made or read at once: this thread serialises the next while zlib's threads compress. */
const partsInFlight = 4;

export async function writeUnionDumps(dir: string, input: UnionDumpsInput): Promise<UnionDumpsSummary> {
  const parts = unionDumpParts(input.records, input.recordsPerPart ?? defaultRecordsPerPart);
  const summary: UnionDumpsSummary = { parts: parts.length, fromCache: 0 };
  const settingsKey = JSON.stringify(input.unionMarcSettings ?? null);
  const files = await Promise.all(unionDumpNames.map((name) => AppendedFile.create(join(dir, name))));
  try {
    const [head, tail] = await Promise.all([gzipBytes(marcXmlCollectionStart()), gzipBytes(marcXmlCollectionEnd())]);
    await appendAll(files, [head, new Uint8Array(), Buffer.from(csvByteOrderMark + csvRow(unionCsvHeader))]);
    const inFlight: Array<Promise<Uint8Array[]>> = [];
    for (const part of parts) {
      const key = input.cache && partKey(part, input, settingsKey);
      const cached = key ? input.cache!.lookup(key, partNames) : undefined;
      if (cached) summary.fromCache++;
      const pieces = cached ? Promise.resolve(partNames.map((name) => readFileSync(cached.get(name)!))) : makePart(part, input, key);
      // Observed at once: a part failing while an earlier one is awaited must not be an unhandled rejection.
      pieces.catch(() => undefined);
      inFlight.push(pieces);
      if (inFlight.length >= partsInFlight) await appendAll(files, await inFlight.shift()!);
    }
    for (const pieces of inFlight) await appendAll(files, await pieces);
    await appendAll(files, [tail, new Uint8Array(), new Uint8Array()]);
  } finally {
    await Promise.all(files.map((file) => file.close()));
  }
  return summary;
}

/**
 * The records cut after each record whose id hashes to a multiple of `recordsPerPart`.
 * @example unionDumpParts(records, 64).length // about records.length / 64
 */
export function unionDumpParts(records: UnionRecord[], recordsPerPart: number): UnionRecord[][] {
  const parts: UnionRecord[][] = [];
  let part: UnionRecord[] = [];
  for (const record of records) {
    part.push(record);
    if (idHash(record.id) % recordsPerPart === 0) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** FNV-1a over the id's UTF-16 code units: cheap, and the same on every machine. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The part's three pieces: its MARCXML and JSONL rows each as a gzip member, its CSV rows as text. Kept in the cache under `key`. */
async function makePart(part: UnionRecord[], input: UnionDumpsInput, key: string | undefined): Promise<Uint8Array[]> {
  let marcXml = '';
  let jsonl = '';
  let csv = '';
  for (const record of part) {
    const marc = input.unionMarc(record);
    const url = input.recordUrl(record);
    if (marc) marcXml += marcXmlRecord(marc.record);
    jsonl += `${unionDumpLine(record, url, marc)}\n`;
    csv += csvRow(unionCsvValues(record, url));
  }
  const pieces = [...await Promise.all([gzipBytes(marcXml), gzipBytes(jsonl)]), Buffer.from(csv)];
  if (key) input.cache!.storeContents(key, new Map(partNames.map((name, n) => [name, pieces[n]])));
  return pieces;
}

/** What a part is made of: each record with its source records (recordSourcesHash) and URL, the union MARC's settings, the writers. */
function partKey(part: UnionRecord[], input: UnionDumpsInput, settingsKey: string): string {
  writersKey ??= writersHash(writersVersion, [...writerSources, './writers-hash.ts'], import.meta.url);
  const hash = createHash('sha256').update(writersKey).update('\u0000').update(settingsKey);
  for (const record of part) hash.update('\u0000').update(recordSourcesHash(record, input.sourceRecords)).update(' ').update(input.recordUrl(record));
  return hash.digest('hex');
}


async function appendAll(files: AppendedFile[], pieces: Uint8Array[]): Promise<void> {
  await Promise.all(files.map((file, n) => file.append(pieces[n])));
}

/**
 * A file written from the start by appending bytes, waiting when the stream is full. A file
 * already at the path is deleted first, never written over: it may be a hard link to a cached
 * dump, which writing in place would change too.
 */
class AppendedFile {
  readonly #stream: WriteStream;

  private constructor(stream: WriteStream) {
    this.#stream = stream;
    // Kept for close() (finished() reports it): an error with no one waiting must not end the process.
    stream.on('error', () => undefined);
  }

  static async create(path: string): Promise<AppendedFile> {
    await rm(path, { force: true });
    return new AppendedFile(createWriteStream(path));
  }

  /** A promise when the stream is full: wait for it before appending more. */
  append(bytes: Uint8Array): Promise<unknown> | undefined {
    if (bytes.length === 0 || this.#stream.write(bytes)) return undefined;
    return once(this.#stream, 'drain');
  }

  async close(): Promise<void> {
    this.#stream.end();
    await finished(this.#stream);
  }
}
