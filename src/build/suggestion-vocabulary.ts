/**
 * The vocabulary the search page suggests from when a search finds nothing
 * (src/shared/search/suggest.ts): the catalogue's most frequent title, name and subject words,
 * each in its most common catalogued spelling, most frequent first. Written for either engine.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BibliographicDescription, UnionRecord } from '../shared/catalog-schema.ts';
import { spelledWords, vocabularyPath, type SpelledWord, type VocabularyFile } from '../shared/search/suggest.ts';
import { GrowableInt32 } from '../search-index/growable.ts';

/**
 * Words kept. Measured with tests/unit/suggestions/vocabulary-size.test.ts:
 * 5,000 words of the synthetic 100k-record consortium, whose long tail is random letters and so
 * compresses worse than real words, are 26.8 KB gzipped: under the 30 KB budget.
 */
export const vocabularyLimit = 5_000;

/** Shorter words are never corrected (maxEdits) and would only crowd the file. */
const MIN_LETTERS = 3;
const LETTERS_ONLY = /^\p{L}+$/u;

/** The texts a reader would misspell a search for: titles, names and subjects. */
function suggestionTexts(d: BibliographicDescription): string[] {
  const { title } = d;
  return [
    title.proper, title.remainder, title.partName, title.parallel, ...title.variants,
    ...d.names.flatMap((name) => [name.name, name.parallel]),
    ...d.subjects,
  ].filter((text): text is string => Boolean(text?.trim()));
}

interface WordCount {
  records: number;
  /** The last record that counted this word (its number in the counts): a word counts once a record. */
  lastRecord: number;
  spellings: Map<string, SpellingCount>;
}

interface SpellingCount {
  count: number;
  /** The (key, spelling) pair's number in CountedWords. */
  pair: number;
}

/**
 * The vocabulary's words in file order: most records first, then by key, so the same catalogue
 * always gives the same file. A word counts once per record, whichever members say it.
 * @example suggestionVocabulary(records, 2) // ['تاريخ', 'عمان']
 */
export function suggestionVocabulary(records: Iterable<UnionRecord>, limit = vocabularyLimit): string[] {
  const counts = new SuggestionCounts();
  for (const record of records) counts.add(record);
  return counts.words(limit);
}

/**
 * What SuggestionCounts keeps of each record, so that the next build can count a record whose
 * staged line has not changed without reading it (search-index-cache.ts): the (key, spelling)
 * pairs the record counted, in the order it counted them, as numbers into `keys`/`spellings`.
 */
export interface CountedWords {
  keys: string[];
  spellings: string[];
  /** Record i's pairs are pairs[pairStart[i] .. pairStart[i+1]). */
  pairStart: GrowableInt32;
  pairs: GrowableInt32;
}

/** The vocabulary counted a record at a time, for a reader that passes over the catalogue once for more than this. */
export class SuggestionCounts {
  private readonly counts = new Map<string, WordCount>();
  /** By pair number: the word and spelling counts it adds to. */
  private readonly pairCounts: { word: WordCount; spelling: SpellingCount }[] = [];
  readonly counted: CountedWords = { keys: [], spellings: [], pairStart: new GrowableInt32(), pairs: new GrowableInt32() };
  /** Per earlier build's CountedWords: its pair numbers → this one's, -1 until first met. */
  private readonly carriedNumbers = new Map<CountedWords, Int32Array>();
  private records = 0;

  constructor() {
    this.counted.pairStart.push(0);
  }

  add(record: UnionRecord): void {
    for (const { key, spelling } of recordWords(record)) this.countPair(this.pairOf(key, spelling));
    this.closeRecord();
  }

  /** Record `index` of an earlier build's counts, counted as it was then: the same counts as add(record). */
  addCarried(from: CountedWords, index: number): void {
    let numbers = this.carriedNumbers.get(from);
    if (!numbers) this.carriedNumbers.set(from, (numbers = new Int32Array(from.keys.length).fill(-1)));
    const fromPairs = from.pairs.data;
    for (let j = from.pairStart.data[index]; j < from.pairStart.data[index + 1]; j++) {
      const pair = fromPairs[j];
      if (numbers[pair] < 0) numbers[pair] = this.pairOf(from.keys[pair], from.spellings[pair]);
      this.countPair(numbers[pair]);
    }
    this.closeRecord();
  }

  get recordsCounted(): number {
    return this.records;
  }

  /** See suggestionVocabulary. */
  words(limit = vocabularyLimit): string[] {
    return [...this.counts.entries()]
      .sort(([keyA, a], [keyB, b]) => b.records - a.records || compareCodeUnits(keyA, keyB))
      .slice(0, limit)
      .map(([, count]) => commonestSpelling(count.spellings));
  }

  /** The pair's number, given on first sight. */
  private pairOf(key: string, spelling: string): number {
    let word = this.counts.get(key);
    if (!word) this.counts.set(key, (word = { records: 0, lastRecord: -1, spellings: new Map() }));
    let spellingCount = word.spellings.get(spelling);
    if (!spellingCount) {
      spellingCount = { count: 0, pair: this.pairCounts.length };
      word.spellings.set(spelling, spellingCount);
      this.pairCounts.push({ word, spelling: spellingCount });
      this.counted.keys.push(key);
      this.counted.spellings.push(spelling);
    }
    return spellingCount.pair;
  }

  private countPair(pair: number): void {
    const { word, spelling } = this.pairCounts[pair];
    this.counted.pairs.push(pair);
    if (word.lastRecord !== this.records) {
      word.records++;
      word.lastRecord = this.records;
    }
    spelling.count++;
  }

  private closeRecord(): void {
    this.counted.pairStart.push(this.counted.pairs.length);
    this.records++;
  }
}

/** The (key, spelling) pairs a record counts, each spelling once, in text order. */
function* recordWords(record: UnionRecord): Generator<SpelledWord> {
  const texts = new Set([record.description, ...record.members.map((m) => m.description)].flatMap(suggestionTexts));
  const spellings = new Set<string>();
  for (const text of texts) {
    for (const word of spelledWords(text)) {
      if (word.key.length < MIN_LETTERS || !LETTERS_ONLY.test(word.key) || spellings.has(word.spelling)) continue;
      spellings.add(word.spelling);
      yield word;
    }
  }
}

function commonestSpelling(spellings: Map<string, SpellingCount>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, { count }] of spellings) {
    if (count > bestCount || (count === bestCount && compareCodeUnits(spelling, best) < 0)) [best, bestCount] = [spelling, count];
  }
  return best;
}

/** Locale-free order: the same bytes on every machine. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The file's text: JSON, one word a line so a diff between two builds reads as a word list. */
export function vocabularyFileText(words: readonly string[]): string {
  const file: VocabularyFile = { format: 'fihris-vocabulary', version: 1, words: [...words] };
  const lines = file.words.map((word) => JSON.stringify(word)).join(',\n');
  return `{"format":${JSON.stringify(file.format)},"version":${file.version},"words":[\n${lines}\n]}\n`;
}

/**
 * Writes these words as OUT/search/vocabulary.json; says how many.
 * @example await writeVocabularyFile(suggestionVocabulary(records), 'dist') // 5321
 */
export async function writeVocabularyFile(words: readonly string[], outDir: string): Promise<number> {
  const file = join(outDir, vocabularyPath);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, vocabularyFileText(words));
  return words.length;
}
