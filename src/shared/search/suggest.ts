/**
 * Help when a search finds nothing: the nearest words of the index vocabulary to each query word
 * that matched nothing, and whole queries built from them. The build writes the vocabulary (the
 * catalogue's most frequent title, name and subject words, as catalogued, most frequent first);
 * the browser loads it only after a search with no results. Shared zone: no node:*, no DOM.
 *
 * Words are compared on their normalised form (normalizeArabic), so a hamza, taa marbuta or
 * alef maqsura spelt another way is the same word, never a typo to correct.
 */
import { tokenize } from '../text/arabic.ts';

/** Where the vocabulary file sits, relative to the site root. */
export const vocabularyPath = 'search/vocabulary.json';

/** The vocabulary file: catalogued spellings, most frequent first (the rank breaks ties). */
export interface VocabularyFile {
  format: 'fihris-vocabulary';
  version: 1;
  words: string[];
}

/** One word of a text: its normalised key and how it was written there. */
export interface SpelledWord {
  key: string;
  spelling: string;
  /** Where `spelling` sits in the text; a word split out of a larger run (c1990) has none. */
  start?: number;
}

const CHUNK = /\S+/g;
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

/**
 * The words of a text as the index sees them (tokenize), each with its written spelling.
 * The normaliser joins some runs (Qur'an) and splits others (c1990, Ibn-Khaldūn), so a spelling
 * is a space-separated chunk when it makes one word, else a letter run, else the key itself.
 *
 * @example
 * spelledWords('«المكتبة» Qur\'an')
 * // → [{ key: 'المكتبه', spelling: 'المكتبة', start: 1 }, { key: 'quran', spelling: "Qur'an", start: 10 }]
 */
export function spelledWords(text: string): SpelledWord[] {
  const words: SpelledWord[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const trimmed = chunk[0].replace(EDGE_PUNCTUATION, '');
    if (!trimmed) continue;
    const start = chunk.index + chunk[0].indexOf(trimmed);
    const keys = chunkKeys(trimmed);
    if (keys.length === 1) words.push({ key: keys[0], spelling: trimmed, start });
    else for (const run of trimmed.matchAll(WORD_RUN)) addRun(run[0], start + run.index, words);
  }
  return words;
}

/**
 * The build splits every title, name and subject of the catalogue, and catalogue words are
 * mostly repeats: each chunk's keys are computed once, up to a bound.
 */
const chunkKeysCache = new Map<string, string[]>();
const CHUNK_KEYS_CACHE_SIZE = 50_000;

function chunkKeys(chunk: string): string[] {
  let keys = chunkKeysCache.get(chunk);
  if (keys === undefined) {
    if (chunkKeysCache.size >= CHUNK_KEYS_CACHE_SIZE) chunkKeysCache.clear();
    keys = tokenize(chunk);
    chunkKeysCache.set(chunk, keys);
  }
  return keys;
}

function addRun(run: string, start: number, words: SpelledWord[]): void {
  const keys = tokenize(run);
  if (keys.length === 1) words.push({ key: keys[0], spelling: run, start });
  else for (const key of keys) words.push({ key, spelling: key });
}

/** The vocabulary ready for matching: keys and spellings by rank, and each key's rank. */
export interface Vocabulary {
  keys: string[];
  spellings: string[];
  rank: Map<string, number>;
}

/**
 * The vocabulary from the file's words (most frequent first); a key seen twice keeps its first.
 * @example createVocabulary(['مكتبة', 'تاريخ']).rank.get('مكتبه') // 0
 */
export function createVocabulary(words: readonly string[]): Vocabulary {
  const vocabulary: Vocabulary = { keys: [], spellings: [], rank: new Map() };
  for (const spelling of words) {
    const keys = tokenize(spelling);
    if (keys.length !== 1 || vocabulary.rank.has(keys[0])) continue;
    vocabulary.rank.set(keys[0], vocabulary.keys.length);
    vocabulary.keys.push(keys[0]);
    vocabulary.spellings.push(spelling);
  }
  return vocabulary;
}

/**
 * How many edits a word of this length may be away from a suggestion: none under 3 letters,
 * one up to 5, two beyond (Elasticsearch's "AUTO" fuzziness). A short word is one edit away
 * from dozens of others, so correcting it would be guessing.
 * @example maxEdits(5) // 1
 */
export function maxEdits(length: number): number {
  return length < 3 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * The Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap
 * two neighbours) between two words, or `max + 1` as soon as it must exceed `max`.
 * @example editDistance('مكبته', 'مكتبه', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [before, previous] = [previous, row];
  }
  return Math.min(previous[b.length], max + 1);
}

/** A vocabulary word near a query word. */
export interface NearWord {
  spelling: string;
  key: string;
  distance: number;
  rank: number;
}

/**
 * The vocabulary words nearest to a normalised word, nearest first, then most frequent first.
 * Nothing for a word the vocabulary holds, or one too short to correct.
 * @example nearestWords(createVocabulary(['مكتبة']), 'مكتبخ') // [{ spelling: 'مكتبة', key: 'مكتبه', distance: 1, rank: 0 }]
 */
export function nearestWords(vocabulary: Vocabulary, key: string, limit = 3): NearWord[] {
  const max = maxEdits(key.length);
  if (max === 0 || vocabulary.rank.has(key)) return [];
  const near: NearWord[] = [];
  vocabulary.keys.forEach((candidate, rank) => {
    const distance = editDistance(key, candidate, max);
    if (distance <= max) near.push({ spelling: vocabulary.spellings[rank], key: candidate, distance, rank });
  });
  return near.sort((x, y) => x.distance - y.distance || x.rank - y.rank).slice(0, limit);
}

/** Near words considered per query word, and fewer when many words need one: the combinations stay small. */
const CHOICES_PER_WORD = 3;
const MAX_COMBINATIONS = 243;

/**
 * Up to `limit` whole queries that replace each unmatched word by a near vocabulary word: fewest
 * edits first, then most frequent words. Punctuation and matched words stay as typed. An
 * unmatched word with no near word is left out (a word found nowhere can only empty an
 * all-words search); nothing is suggested when no word could be replaced.
 *
 * @example
 * suggestQueries('تاريخ عمام', createVocabulary(['عمان', 'تاريخ']), (key) => key === 'عمام')
 * // → ['تاريخ عمان']
 */
export function suggestQueries(query: string, vocabulary: Vocabulary, isUnmatched: (key: string) => boolean, limit = 5): string[] {
  const words = spelledWords(query);
  let choices = words.map((word) => (isUnmatched(word.key) && word.start !== undefined ? nearestWords(vocabulary, word.key, CHOICES_PER_WORD) : undefined));
  if (!choices.some((near) => near && near.length > 0)) return [];
  const count = choices.reduce((product, near) => product * Math.max(1, near?.length ?? 1), 1);
  if (count > MAX_COMBINATIONS) choices = choices.map((near) => near?.slice(0, 1));
  const combinations = combine(choices.map((near) => near ?? [undefined]).map((near) => (near.length === 0 ? [null] : near)));
  const queries = combinations.map((picks) => rewrite(query, words, picks));
  return [...new Set(queries)].filter((text) => text.trim() !== '').slice(0, limit);
}

/** undefined: keep the word; null: leave it out; a NearWord: write it instead. */
type Pick = NearWord | null | undefined;

/** Every combination of one pick per word, fewest total edits first, then lowest rank sum. */
function combine(options: Pick[][]): Pick[][] {
  let combinations: Pick[][] = [[]];
  for (const picks of options) combinations = combinations.flatMap((done) => picks.map((pick) => [...done, pick]));
  const score = (picks: Pick[]) => picks.reduce<[number, number]>(([d, r], p) => (p ? [d + p.distance, r + p.rank] : [d, r]), [0, 0]);
  const scored = combinations.map((picks) => ({ picks, score: score(picks) }));
  return scored.sort((x, y) => x.score[0] - y.score[0] || x.score[1] - y.score[1]).map(({ picks }) => picks);
}

function rewrite(query: string, words: readonly SpelledWord[], picks: readonly Pick[]): string {
  let text = '';
  let at = 0;
  words.forEach((word, i) => {
    const pick = picks[i];
    if (pick === undefined || word.start === undefined) return;
    text += query.slice(at, word.start) + (pick ? pick.spelling : '');
    at = word.start + word.spelling.length;
  });
  return (text + query.slice(at)).replace(/\s+/g, ' ').trim();
}
