/**
 * Who a record is by, as a set of name words: robust to the order libraries file names in
 * ("السيابي، سالم بن حمود" vs "سالم بن حمود السيابي") and to the particles some drop.
 */
import type { BibliographicDescription } from '../../shared/catalog-schema.ts';
import { keyWords, withoutArticle } from './key-text.ts';

// Kinship and honorific particles, folded: libraries keep or drop them at will.
const particles = new Set([
  'بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ابا', 'ام', 'bin', 'ibn', 'bint', 'abu', 'abi', 'umm',
  'al', 'el', 'ben', 'b', 'د', 'دكتور', 'شيخ', 'استاذ', 'سيد', 'dr', 'prof', 'sheikh', 'shaykh',
]);

// Words of a statement of responsibility (245 $c) that are not names.
const responsibilityWords = new Set([
  'تاليف', 'اعداد', 'تحقيق', 'جمع', 'شرح', 'تقديم', 'مراجعه', 'دراسه', 'و', 'بقلم', 'كتبه',
  'وضع', 'تصنيف', 'صنعه', 'by', 'edited', 'ed', 'compiled', 'written', 'and', 'with',
]);

/**
 * Sorted, unique name words of the first author (1XX, else the first name catalogued as
 * author), else of the statement of responsibility. Empty when the record names nobody.
 * @example authorWords(descriptionBy('السيابي، سالم بن حمود')) // ['حمود', 'سالم', 'سيابي']
 */
export function authorWords(description: BibliographicDescription): string[] {
  const author = description.names.find((name) => name.role === 'author');
  if (author) return nameWords(author.name, particles);
  const stopWords = new Set([...particles, ...responsibilityWords]);
  return nameWords(description.title.responsibility ?? '', stopWords);
}

function nameWords(name: string, stopWords: Set<string>): string[] {
  const words = joinAbd(keyWords(name)).map(withoutArticle)
    .filter((word) => !stopWords.has(word) && !/^\d+$/.test(word));
  return [...new Set(words)].sort();
}

/** "عبد الله" and "عبدالله" are one name word. */
function joinAbd(words: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'عبد' && i + 1 < words.length) joined.push(`عبد${words[++i]}`);
    else joined.push(words[i]);
  }
  return joined;
}

/**
 * Same author: the same name words, or one name a fuller form of the other (at least two
 * words in common). A record that names nobody only matches another that names nobody.
 * @example authorsAgree(['سالم', 'سيابي'], ['حمود', 'سالم', 'سيابي']) // true
 */
export function authorsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const inLonger = new Set(longer);
  const shared = shorter.filter((word) => inLonger.has(word)).length;
  return shared === shorter.length && (shared >= 2 || shorter.length === longer.length);
}
