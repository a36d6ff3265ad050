/**
 * Writes the dictionary: chunks of a few hundred front-coded entries (d/), the pages naming
 * the chunks (i/), and returns the page list for the root. Chunk and page boundaries are
 * content-defined on the terms, so a rebuild rewrites only the chunks whose entries changed.
 * Each chunk also stores the completions of prefixes whose terms run past it, so a prefix
 * query reads one chunk whatever the prefix.
 */
import { chooseCompletions, isCompletable, separatorOf } from '../shared/search/fihris-index-format.ts';
import { stringHash } from '../shared/search/fihris-index-format.ts';
import { ByteWriter } from './byte-writer.ts';
import type { FileSink } from './file-sink.ts';

const minChunkBytes = 2048;
const maxChunkBytes = 6144;
const minPageChunks = 128;
const maxPageChunks = 512;
/** Longer prefixes than this are rare as typed prefixes and would fill chunks with lists. */
const maxListedPrefix = 12;

export interface SortedEntries {
  terms: string[];
  df: Int32Array;
  /** Entry i's body is bodies[bodyStart[i] .. bodyStart[i+1]); its facet counts end at facetEnd[i]. */
  bodies: Uint8Array;
  bodyStart: Int32Array;
  flagsAt: Int32Array;
  facetEnd: Int32Array;
}

function chunkStarts(entries: SortedEntries): number[] {
  const starts = [0];
  let size = 0;
  for (let i = 0; i < entries.terms.length; i++) {
    size += entries.terms[i].length * 2 + entries.bodyStart[i + 1] - entries.bodyStart[i];
    const last = i + 1 === entries.terms.length;
    if (!last && (size >= maxChunkBytes || (size >= minChunkBytes && stringHash(entries.terms[i]) % 16 === 0))) {
      starts.push(i + 1);
      size = 0;
    }
  }
  return starts;
}

function lowerBound(terms: string[], key: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (terms[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

function completionsOf(entries: SortedEntries, prefix: string): number[] {
  const candidates: { term: string; df: number; at: number }[] = [];
  for (let i = lowerBound(entries.terms, prefix); i < entries.terms.length && entries.terms[i].startsWith(prefix); i++) {
    if (isCompletable(entries.terms[i])) candidates.push({ term: entries.terms[i], df: entries.df[i], at: i });
  }
  const at = new Map(candidates.map((c) => [c.term, c.at]));
  return chooseCompletions(candidates, prefix).map((term) => at.get(term)!);
}

/** Chunk c's separator: what pages store and keys land by (see separatorOf). */
function chunkSeparators(entries: SortedEntries, starts: number[]): string[] {
  return starts.map((start, c) => (c === 0 ? '' : separatorOf(entries.terms[start - 1], entries.terms[start])));
}

/** Prefixes whose terms run past the chunk they land in: proper prefixes of later chunks' first terms. */
function listedPrefixes(entries: SortedEntries, starts: number[], separators: string[]): Map<number, Set<string>> {
  const byChunk = new Map<number, Set<string>>();
  for (let c = 1; c < starts.length; c++) {
    const first = entries.terms[starts[c]];
    for (let length = 1; length < Math.min(first.length, maxListedPrefix + 1); length++) {
      const prefix = first.slice(0, length);
      if (!isCompletable(prefix) || /[\ud800-\udbff]$/.test(prefix)) continue;
      const landing = Math.max(0, lowerBound(separators, prefix + "\u0000") - 1);
      if (!byChunk.has(landing)) byChunk.set(landing, new Set());
      byChunk.get(landing)!.add(prefix);
    }
  }
  return byChunk;
}

function writeBody(entries: SortedEntries, i: number, withFacets: boolean, writer: ByteWriter): void {
  const { bodies, bodyStart, flagsAt, facetEnd } = entries;
  if (withFacets) return writer.bytes(bodies.subarray(bodyStart[i], bodyStart[i + 1]));
  writer.bytes(bodies.subarray(bodyStart[i], flagsAt[i]));
  writer.byte(bodies[flagsAt[i]] & ~1);
  writer.bytes(bodies.subarray(facetEnd[i], bodyStart[i + 1]));
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  // Never split a surrogate pair: the suffix is written as UTF-8.
  if (n > 0 && /[\ud800-\udbff]/.test(a[n - 1])) n--;
  return n;
}

function encodeChunk(entries: SortedEntries, from: number, to: number, prefixes: Set<string> | undefined): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(to - from);
  let previous = '';
  for (let i = from; i < to; i++) {
    const term = entries.terms[i];
    const shared = sharedPrefix(previous, term);
    writer.varint(shared);
    writer.string(term.slice(shared));
    writeBody(entries, i, true, writer);
    previous = term;
  }
  const lists = [...(prefixes ?? [])].sort();
  writer.varint(lists.length);
  for (const prefix of lists) {
    writer.string(prefix);
    const completions = completionsOf(entries, prefix);
    writer.varint(completions.length);
    for (const i of completions) {
      writer.string(entries.terms[i]);
      writeBody(entries, i, false, writer);
    }
  }
  return writer.result();
}

/** A page: per chunk its separator front-coded against the previous one, its hash, its size (the root's page list alike). */
function encodePage(page: [string, string, number][]): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(page.length);
  let previous = '';
  for (const [separator, name, bytes] of page) {
    const shared = sharedPrefix(previous, separator);
    writer.varint(shared);
    writer.string(separator.slice(shared));
    writer.hex(name.slice(2, -4));
    writer.varint(bytes);
    previous = separator;
  }
  return writer.result();
}

/** Writes chunks (d/) and pages (i/); returns the page list encoded like a page, for the root. */
export function writeDictionary(entries: SortedEntries, sink: FileSink): { pages: Uint8Array; chunks: number } {
  const starts = chunkStarts(entries);
  const separators = chunkSeparators(entries, starts);
  const prefixes = listedPrefixes(entries, starts, separators);
  const chunks: [string, string, number][] = [];
  starts.forEach((start, c) => {
    const end = starts[c + 1] ?? entries.terms.length;
    const bytes = encodeChunk(entries, start, end, prefixes.get(c));
    chunks.push([separators[c], sink.writeHashed('d', 'bin', bytes), bytes.length]);
  });
  const pages: [string, string, number][] = [];
  let page: [string, string, number][] = [];
  const flush = () => {
    const bytes = encodePage(page);
    pages.push([page[0][0], sink.writeHashed('i', 'bin', bytes), bytes.length]);
    page = [];
  };
  for (const chunk of chunks) {
    page.push(chunk);
    if (page.length >= maxPageChunks || (page.length >= minPageChunks && stringHash(chunk[0]) % 64 === 0)) flush();
  }
  if (page.length > 0) flush();
  return { pages: encodePage(pages), chunks: chunks.length };
}
