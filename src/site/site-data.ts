/**
 * Reads the data folder the pipeline emitted (union.jsonl, libraries.json) once per build
 * and checks it against the shared schemas. Build time only (Node).
 * The folder comes from FIHRIS_SITE_DATA, set by the build pipeline before it runs Astro.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { unionRecordSchema, type UnionRecord } from '../shared/catalog-schema.ts';
import { siteLibrarySchema, type SiteLibrary } from './site-library.ts';
import { holdingLibraries } from './holding-libraries.ts';

/**
 * Everything but the records: what a record page needs besides its own record. The record
 * renderer's workers load only this, so that none of them reads the whole union.jsonl.
 */
export interface SiteFrame {
  libraries: SiteLibrary[];
  libraryByCode: Map<string, SiteLibrary>;
  /** Public URL of the site root ("https://…/"), when the build was given one. */
  siteUrl?: string;
  /** Record id → its cover image (site-root relative path and pixel size). */
  covers: Map<string, SiteCover>;
  /** The search index the build wrote: the search page loads this engine only. */
  searchEngine: 'pagefind' | 'fihris';
  /** Retired ids and their successors; ids withdrawn from every library. */
  redirects: Array<{ from: string; to: string }>;
  gone: string[];
}

export interface SiteData extends SiteFrame {
  records: UnionRecord[];
  /** Records that list the library among their holdings or members, in catalogue order. */
  recordsByLibrary: Map<string, UnionRecord[]>;
}

const coverSchema = z.object({ path: z.string().regex(/^covers\/[0-9a-f]+\.webp$/), width: z.number().int().min(1), height: z.number().int().min(1) });
export type SiteCover = z.infer<typeof coverSchema>;
const extrasSchemas = {
  site: z.object({ siteUrl: z.url({ protocol: /^https?$/ }).optional() }),
  search: z.object({ engine: z.enum(['pagefind', 'fihris']) }),
  covers: z.record(z.string(), coverSchema),
  redirects: z.object({ redirects: z.array(z.object({ from: z.string().regex(/^[a-z0-9]+$/), to: z.string().regex(/^[a-z0-9]+$/) })), gone: z.array(z.string().regex(/^[a-z0-9]+$/)) }),
};

const frameCache = new Map<string, SiteFrame>();
const cache = new Map<string, SiteData>();

/**
 * The site data from `folder` (default: $FIHRIS_SITE_DATA), read and validated once.
 * The emitted data is ours, so a line that fails the schema is a pipeline bug: it throws
 * with the file, the line and what is wrong.
 * @example loadSiteData('tests/fixtures/site').records.length
 */
export function loadSiteData(folder: string | undefined = process.env.FIHRIS_SITE_DATA): SiteData {
  const dir = dataDir(folder);
  let data = cache.get(dir);
  if (!data) {
    data = readSiteData(dir, loadSiteFrame(dir));
    cache.set(dir, data);
  }
  return data;
}

/**
 * The site data without the records (libraries, site URL, covers, redirects), read once.
 * @example loadSiteFrame('tests/fixtures/site').libraryByCode.get('squ')
 */
export function loadSiteFrame(folder: string | undefined = process.env.FIHRIS_SITE_DATA): SiteFrame {
  // Every page asks, twice or more: the folder as given is looked up before it is resolved.
  const known = folder === undefined ? undefined : frameCache.get(folder);
  if (known) return known;
  const dir = dataDir(folder);
  const frame = frameCache.get(dir) ?? readSiteFrame(dir);
  frameCache.set(dir, frame);
  frameCache.set(folder!, frame);
  return frame;
}

function dataDir(folder: string | undefined): string {
  if (!folder) {
    throw new Error('FIHRIS_SITE_DATA is not set. Point it at the data folder the pipeline wrote (union.jsonl, libraries.json), e.g. FIHRIS_SITE_DATA=tests/fixtures/site');
  }
  return resolve(folder);
}

function readSiteFrame(dir: string): SiteFrame {
  const libraries = readLibraries(join(dir, 'libraries.json'));
  const libraryByCode = new Map(libraries.map((library) => [library.code, library]));
  const { siteUrl } = readOptional(join(dir, 'site.json'), extrasSchemas.site, {});
  const covers = new Map(Object.entries(readOptional(join(dir, 'covers.json'), extrasSchemas.covers, {})));
  const { redirects, gone } = readOptional(join(dir, 'redirects.json'), extrasSchemas.redirects, { redirects: [], gone: [] });
  const { engine: searchEngine } = readOptional(join(dir, 'search.json'), extrasSchemas.search, { engine: 'pagefind' as const });
  return { libraries, libraryByCode, siteUrl, covers, redirects, gone, searchEngine };
}

function readSiteData(dir: string, frame: SiteFrame): SiteData {
  return siteDataOf(frame, readUnionRecords(join(dir, 'union.jsonl')), join(dir, 'union.jsonl'));
}

/**
 * The site data of `records` (as union.jsonl holds them, in its order) and a frame: what the
 * build's page renderer uses, with the records the ingest made, instead of reading them again.
 */
export function siteDataOf(frame: SiteFrame, records: UnionRecord[], where = 'the union records'): SiteData {
  const { libraries, libraryByCode } = frame;
  const recordsByLibrary = new Map<string, UnionRecord[]>(libraries.map((library) => [library.code, []]));
  for (const record of records) {
    for (const code of holdingLibraries(record)) {
      if (!libraryByCode.has(code)) {
        throw new Error(`${where}: record ${record.id} names library "${code}", which is not in libraries.json`);
      }
      recordsByLibrary.get(code)!.push(record);
    }
  }
  return { ...frame, records, recordsByLibrary };
}

/** The staged extras are optional: a data folder with only union.jsonl and libraries.json still builds. */
function readOptional<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
  if (!existsSync(file)) return fallback;
  const parsed = schema.safeParse(parseJson(readFileSync(file, 'utf8'), file));
  if (!parsed.success) throw new Error(`${file}: not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readLibraries(file: string): SiteLibrary[] {
  const parsed = z.array(siteLibrarySchema).safeParse(parseJson(readFileSync(file, 'utf8'), file));
  if (!parsed.success) {
    throw new Error(`${file}: not a valid list of libraries:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Every union record of a union.jsonl, each line checked against the schema. */
export function readUnionRecords(file: string): UnionRecord[] {
  return [...eachUnionRecord(file)];
}

/**
 * The union records of a union.jsonl one at a time: a reader that keeps none of them holds one
 * chunk and one record, not the catalogue.
 */
export function* eachUnionRecord(file: string, chunkBytes?: number): Generator<UnionRecord> {
  for (const line of eachUnionRecordLine(file, chunkBytes)) yield parseUnionRecordLine(line);
}

export interface UnionRecordLine {
  /** The line's bytes, without its newline: valid until the next line is asked for (the chunk is read into again). */
  bytes: Buffer;
  /** file:line, for messages. */
  where: string;
}

/**
 * The lines of a union.jsonl as bytes, read in chunks of `chunkBytes`, blank lines skipped: for a
 * reader that may not need to decode them all (the search index's worker hashes each line first).
 * Lines are cut at their newline bytes and decoded whole by their reader (as one string, two bytes
 * a character for Arabic, a 300 MB union.jsonl took 1.2 GB before the first record was parsed).
 */
export function* eachUnionRecordLine(file: string, chunkBytes = 4 * 1024 * 1024): Generator<UnionRecordLine> {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    let carried = Buffer.alloc(0);
    let lineNumber = 0;
    const line = (bytes: Buffer): UnionRecordLine | undefined =>
      isBlank(bytes) ? undefined : { bytes, where: `${file}:${lineNumber}` };
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const bytes = carried.length > 0 ? Buffer.concat([carried, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let newline = bytes.indexOf(10); newline !== -1; newline = bytes.indexOf(10, start)) {
        lineNumber++;
        const one = line(bytes.subarray(start, newline));
        if (one) yield one;
        start = newline + 1;
      }
      // A copy: the chunk is read into again.
      carried = Buffer.from(bytes.subarray(start));
    }
    lineNumber++;
    const last = line(carried);
    if (last) yield last;
  } finally {
    closeSync(fd);
  }
}

/** Only spaces, tabs and line ends (JSON's whitespace). */
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) return false;
  return true;
}

/** One line of union.jsonl as the pages see it, checked against the schema. */
export function parseUnionRecordLine({ bytes, where }: UnionRecordLine): UnionRecord {
  const parsed = unionRecordSchema.safeParse(parseJson(bytes.toString('utf8'), where));
  if (!parsed.success) throw new Error(`${where}: not a valid union record:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
  }
}
