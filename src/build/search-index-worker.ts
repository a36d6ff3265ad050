/**
 * A worker thread that writes the search's files from a union.jsonl (search-index-thread.ts
 * starts it): the engine's index and the suggestion vocabulary, CPU work of their own, done
 * while the page renderer's workers render and the build's thread feeds them. For the project's
 * index, a record whose line the previous build collected is taken from its cache
 * (search-index-cache.ts) instead of being parsed and tokenised again.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { fihrisIndexFolder } from '../shared/search/fihris-index-format.ts';
import { RecordCollector, type CollectedRecords } from '../search-index/collect-records.ts';
import { writeFihrisIndex } from '../search-index/build-index.ts';
import { eachUnionRecord, eachUnionRecordLine, parseUnionRecordLine } from '../site/site-data.ts';
import { buildSearchIndex, type SearchEngineName } from './search-engine-choice.ts';
import { lineHash, readSearchIndexCache, writeSearchIndexCache } from './search-index-cache.ts';
import { SuggestionCounts, writeVocabularyFile, type CountedWords } from './suggestion-vocabulary.ts';

export interface SearchIndexWorkerData {
  unionJsonl: string;
  outDir: string;
  engine: SearchEngineName;
  /** Folder of the search index's cache (search-index-cache.ts), or undefined for none. */
  cacheDir?: string;
}

/** The records as they pass, each counted for the vocabulary on its way to the index. */
function* countedOnTheWay(records: Iterable<UnionRecord>, counts: SuggestionCounts): Generator<UnionRecord> {
  for (const record of records) {
    counts.add(record);
    yield record;
  }
}

/** What the worker tells the build when it is done. */
export interface SearchIndexSummary {
  /** Records taken from the previous build's collections (search-index-cache.ts). */
  recordsCarried: number;
  /** Records parsed and collected from their staged line. */
  recordsCollected: number;
}

/** What the project's index and the suggestions need once the staged lines are read. */
interface Collections {
  collected: CollectedRecords;
  /** The suggestion vocabulary's words, in file order. */
  vocabulary: string[];
  /** What the cache keeps of the vocabulary's counts; the counts themselves are gone. */
  counted: CountedWords;
  /** Each record's line hash, 32 bytes each in record order; empty without a cache. */
  lineHashes: Buffer;
  summary: SearchIndexSummary;
}

/**
 * The project's index and the vocabulary's counts in one pass over the staged lines: a line the
 * cache holds is carried over from the previous build, any other is parsed and collected.
 */
async function collectThroughCache(unionJsonl: string, cacheDir: string | undefined): Promise<Collections> {
  const collector = new RecordCollector();
  const suggestions = new SuggestionCounts();
  const cache = cacheDir === undefined ? undefined : await readSearchIndexCache(cacheDir);
  const hashes: Buffer[] = [];
  const summary: SearchIndexSummary = { recordsCarried: 0, recordsCollected: 0 };
  for (const line of eachUnionRecordLine(unionJsonl)) {
    const hash = cacheDir === undefined ? undefined : lineHash(line.bytes);
    if (hash) hashes.push(hash);
    const carried = hash && cache?.recordByLine.get(hash.toString('hex'));
    if (cache && carried !== undefined) {
      collector.addCarried(cache.collection, carried);
      suggestions.addCarried(cache.words, carried);
      summary.recordsCarried++;
    } else {
      const record = parseUnionRecordLine(line);
      collector.add(record);
      suggestions.add(record);
      summary.recordsCollected++;
    }
  }
  // Returned without the previous build's collections and the vocabulary's counting maps, so
  // that they may go before the index's lists are made.
  return { collected: collector.finish(), vocabulary: suggestions.words(), counted: suggestions.counted, lineHashes: Buffer.concat(hashes), summary };
}

const { unionJsonl, outDir, engine, cacheDir } = workerData as SearchIndexWorkerData;
// One pass over the staged catalogue, a record at a time: read whole, it was a second copy of
// the catalogue beside the build thread's, and the build's memory peaked there.
let summary: SearchIndexSummary;
if (engine === 'fihris') {
  const { collected, vocabulary, counted, lineHashes, summary: collecting } = await collectThroughCache(unionJsonl, cacheDir);
  summary = collecting;
  await writeVocabularyFile(vocabulary, outDir);
  await writeFihrisIndex(collected, { outDir: join(outDir, fihrisIndexFolder) });
  // After the index: its inverted lists and encoded entries are garbage by then.
  if (cacheDir !== undefined) await writeSearchIndexCache(cacheDir, collected, counted, lineHashes);
} else {
  const suggestions = new SuggestionCounts();
  await buildSearchIndex(countedOnTheWay(eachUnionRecord(unionJsonl), suggestions), outDir, engine);
  await writeVocabularyFile(suggestions.words(), outDir);
  summary = { recordsCarried: 0, recordsCollected: suggestions.recordsCounted };
}
parentPort!.postMessage(summary);
