/**
 * Which volume or part a record describes: 245 $n and $p, or a volume designation left at the
 * end of the title proper ("تاريخ عمان. ج. 2") by a library that does not use $n.
 * Two records with different part keys are never the same manifestation; a set (no part)
 * and one of its volumes (a part) are not either.
 */
import type { Title } from '../../shared/catalog-schema.ts';
import { keyWords, withoutArticle } from './key-text.ts';
import { ordinalValue } from './ordinal.ts';

// Volume words, folded: ج، جزء، مج، مجلد، قسم، كتاب… and their Latin equivalents.
const volumeWords = new Set([
  'ج', 'جز', 'جزء', 'جزو', 'اجزاء', 'مج', 'مجلد', 'مجلدات', 'ق', 'قسم', 'سفر', 'م',
  'v', 'vol', 'volume', 'pt', 'part', 't', 'tome', 'bd', 'band', 'no', 'n', 'book', 'bk',
]);

export interface PartKey {
  /** Title words with a trailing volume designation removed. */
  titleWords: string[];
  /** "2", "1.3" (volume 1 part 3), or folded part-name words; "" for a whole work. */
  part: string;
}

/**
 * @example partKey({ proper: 'تاريخ عمان. ج. 2', variants: [] }) // { titleWords: ['تاريخ', 'عمان'], part: '2' }
 */
export function partKey(title: Title): PartKey {
  const words = keyWords(title.proper);
  const trailing = trailingVolume(words);
  const numbers = [...partNumberKey(title.partNumber), ...trailing.numbers.map(String)];
  const name = keyWords(title.partName).map(withoutArticle);
  const part = [numbers.join('.'), name.join(' ')].filter((piece) => piece !== '').join('|');
  return { titleWords: trailing.titleWords, part };
}

/**
 * "ج. 2" → "2"; "v. 1, pt. 3" → "1.3"; a part statement with no number ("الجزء الأخير",
 * "supplement") still names a part: its words are the key.
 */
function partNumberKey(statement: string | undefined): string[] {
  const words = keyWords(statement).map(withoutArticle).filter((word) => !volumeWords.has(word));
  const numbers = words.map((word) => ordinalValue(word, true)).filter((value) => value !== undefined);
  return numbers.length > 0 ? numbers.map(String) : words;
}

/** "… ج 2" or "… الجزء الثاني" at the end of the title words. */
function trailingVolume(words: string[]): { titleWords: string[]; numbers: number[] } {
  const n = words.length;
  if (n >= 3 && volumeWords.has(withoutArticle(words[n - 2]))) {
    const value = ordinalValue(withoutArticle(words[n - 1]), true);
    if (value !== undefined) return { titleWords: words.slice(0, n - 2), numbers: [value] };
  }
  if (n >= 2) {
    // "ج2" typed without a space.
    const glued = /^(?:ج|مج|v|vol)(\d{1,3})$/u.exec(words[n - 1]);
    if (glued) return { titleWords: words.slice(0, n - 1), numbers: [Number(glued[1])] };
  }
  return { titleWords: words, numbers: [] };
}
