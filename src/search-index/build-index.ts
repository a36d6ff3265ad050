/**
 * buildFihrisIndex: the project's own static search index for consortium-scale catalogues.
 * Reads the union records once, then writes, in order: postings blocks (p/), big terms' block
 * tables (t/), common terms' hot cards (h/), dictionary chunks and pages (d/, i/), doc cards and
 * their tags (c/, k/), and
 * root.json, the one file with a fixed name. Layout: src/shared/search/fihris-index-format.ts.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { formatName, toBase64, type IndexRoot } from '../shared/search/fihris-index-format.ts';
import { cardFilesOf, writeCards, cardsPerFile, tagsPerShard } from './cards-writer.ts';
import { collectRecords, type CollectedRecords } from './collect-records.ts';
import { writeDictionary } from './dictionary-writer.ts';
import { assignDocIds } from './doc-ids.ts';
import { writeBlockTables } from './entry-encoder.ts';
import { facetCountsMinDf, makeFacetCounter } from './facet-counts.ts';
import { FileSink, type FileTally } from './file-sink.ts';
import { writeHotCards } from './hot-cards-writer.ts';
import { buildScopedLists } from './scoped-lists.ts';
import { invert } from './invert.ts';
import { Packer } from './packer.ts';
import { writePostings } from './postings-writer.ts';
import { encodeSortedEntries, sortTerms } from './sorted-entries.ts';

export interface FihrisIndexOptions {
  /** Folder to write the index into (e.g. dist/fihris-index); files of an earlier build that this one does not name are deleted. */
  outDir: string;
}

export interface IndexBuildStats {
  records: number;
  terms: number;
  postings: number;
  dictionaryChunks: number;
  files: number;
  bytes: number;
  /** Files and bytes per folder: i d p t h k c, and root.json. */
  byFolder: Record<string, FileTally>;
  milliseconds: number;
  /** Milliseconds per build step: collect, invert, postings, hot cards, cards, scoped lists, entries, dictionary, card files, last writes. */
  phases: Record<string, number>;
}

/**
 * @example await buildFihrisIndex(records, { outDir: 'dist/fihris-index' }) // { records: 8, files: 23, … }
 */
export async function buildFihrisIndex(
  records: Iterable<UnionRecord> | AsyncIterable<UnionRecord>,
  options: FihrisIndexOptions,
): Promise<IndexBuildStats> {
  const started = performance.now();
  const collected = await collectRecords(records);
  return writeFihrisIndex(collected, options, started);
}

/**
 * The index of records already collected (collect-records.ts): what buildFihrisIndex does after
 * its first pass. `started` is when the collecting began, so the stats cover both.
 */
export async function writeFihrisIndex(collected: CollectedRecords, options: FihrisIndexOptions, started = performance.now()): Promise<IndexBuildStats> {
  const phases: Record<string, number> = {};
  let last = started;
  /** Milliseconds since the previous step, kept under `name`: where a build's time goes (writes overlap later steps). */
  const step = <T>(name: string, value: T): T => {
    const now = performance.now();
    phases[name] = Math.round(now - last);
    last = now;
    return value;
  };
  step('collect', undefined);
  const docIds = assignDocIds(collected.permanentIds);
  const index = step('invert', invert(collected, docIds));
  const sink = new FileSink(options.outDir);
  const sortedTerms = sortTerms(collected.terms);
  const postingPacker = new Packer(sink, 'p');
  const blocksByTerm = step('postings', writePostings(index, sortedTerms, collected.terms, postingPacker));
  const tablePacker = new Packer(sink, 't');
  const tables = writeBlockTables(sortedTerms, blocksByTerm, postingPacker.files, collected.terms, tablePacker);
  const hotFiles = step('hot cards', writeHotCards(collected, docIds, index, sink));
  const cardFiles = step('cards', cardFilesOf(collected, docIds));
  const context = { index, blocksByTerm, postingFiles: postingPacker.files, tables, tableFiles: tablePacker.files, hotFiles, cardFiles };
  const scoped = step('scoped lists', buildScopedLists(index, collected.terms, docIds.docSpace, cardFiles));
  const entries = step('entries', encodeSortedEntries(collected, sortedTerms, context, makeFacetCounter(collected, docIds, index), scoped));
  const dictionary = step('dictionary', writeDictionary(entries, sink));
  const cards = step('card files', writeCards(cardFiles, sink));
  const root: IndexRoot = {
    format: formatName, docs: index.docs, docSpace: docIds.docSpace, facets: collected.facets, facetCountsMinDf,
    pages: toBase64(dictionary.pages), cardsPerFile, tagsPerShard, cardShards: cards.shards, cardShardBytes: cards.shardBytes,
    cardFileMaxBytes: cards.maxBytes,
  };
  sink.write('root.json', new TextEncoder().encode(JSON.stringify(root)));
  await sink.finish();
  step('last writes', undefined);
  const byFolder = Object.fromEntries(sink.byFolder);
  const tallies = [...sink.byFolder.values()];
  return {
    records: index.docs, terms: collected.terms.length, postings: index.postingDocs.length, dictionaryChunks: dictionary.chunks,
    files: tallies.reduce((sum, t) => sum + t.files, 0), bytes: tallies.reduce((sum, t) => sum + t.bytes, 0), byFolder,
    milliseconds: Math.round(performance.now() - started), phases,
  };
}
