/**
 * The vocabulary the search page suggests from when a search finds nothing
 * (src/shared/search/suggest.ts): the catalogue's most frequent title, name and subject words,
 * each in its most common catalogued spelling, most frequent first. Written for either engine.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BibliographicDescription, UnionRecord } from '../shared/catalog-schema.ts';
import { spelledWords, vocabularyPath, type VocabularyFile } from '../shared/search/suggest.ts';

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
  spellings: Map<string, number>;
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

/** The vocabulary counted a record at a time, for a reader that passes over the catalogue once for more than this. */
export class SuggestionCounts {
  private readonly counts = new Map<string, WordCount>();

  add(record: UnionRecord): void {
    countRecord(this.counts, record);
  }

  /** See suggestionVocabulary. */
  words(limit = vocabularyLimit): string[] {
    return [...this.counts.entries()]
      .sort(([keyA, a], [keyB, b]) => b.records - a.records || compareCodeUnits(keyA, keyB))
      .slice(0, limit)
      .map(([, count]) => commonestSpelling(count.spellings));
  }
}

function countRecord(counts: Map<string, WordCount>, record: UnionRecord): void {
  const texts = new Set([record.description, ...record.members.map((m) => m.description)].flatMap(suggestionTexts));
  const keys = new Set<string>();
  const spellings = new Set<string>();
  for (const text of texts) {
    for (const { key, spelling } of spelledWords(text)) {
      if (key.length < MIN_LETTERS || !LETTERS_ONLY.test(key) || spellings.has(spelling)) continue;
      spellings.add(spelling);
      countWord(counts, key, spelling, !keys.has(key));
      keys.add(key);
    }
  }
}

function countWord(counts: Map<string, WordCount>, key: string, spelling: string, newInRecord: boolean): void {
  let count = counts.get(key);
  if (!count) counts.set(key, (count = { records: 0, spellings: new Map() }));
  if (newInRecord) count.records++;
  count.spellings.set(spelling, (count.spellings.get(spelling) ?? 0) + 1);
}

function commonestSpelling(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
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
