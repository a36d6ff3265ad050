import { normalizeArabic } from './normalize.ts';
import { stripArticle } from './stem.ts';

/**
 * Cross-script matching: a romanised query (tarikh uman) against Arabic-script records (تاريخ عمان).
 *
 * Arabic script writes no short vowels, so both sides are reduced to a consonant skeleton: the
 * Arabic word is first transliterated to ASCII (long vowels ا و ي → a u i), then BOTH the
 * transliteration and the romanised query word go through the same skeletonOfAscii(). Same
 * function on both sides, so the keys agree by construction:
 *   tarikh → trkh ← تاريخ     uman → mn ← عمان     ibn khaldun → bn khldn ← ابن خلدون
 *
 * Folds that make the common romanisations meet: vowels a e i o u dropped; w and y dropped except
 * as the first letter (و ي are long vowels inside a word, consonants at its start: يمن → ymn);
 * q c → k (Masqat, Muscat), g → j (not in gh), p → b, v → f; doubled letters collapse, also across
 * a dropped vowel (Muhammad, محمد → mhmd); a final h after a non-digraph letter drops (taa marbuta:
 * maktabah, maktaba, مكتبة → mktb). Trade-off: different words share a skeleton (عمان, ايمان, امين
 * → mn); see tests/unit/shared-text/romanize.test.ts for the measured false matches.
 */

const TRANSLITERATION: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l',
  م: 'm', ن: 'n', ه: 'h', و: 'u', ي: 'i', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ڤ: 'v', ڨ: 'g',
  ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n',
};

/** Letters that make a digraph with a following h (kh sh th dh gh zh): that h is a consonant. */
const DIGRAPH_FIRST = new Set(['k', 's', 't', 'd', 'g', 'z']);

/** Shorter keys would match a large share of the index under prefix matching. */
const MIN_KEY = 2;

/**
 * Function words get no key: من → mn would otherwise make "uman" (→ mn) match every record that
 * says "from". Both lists name the same words, in script and in romanisation.
 */
const ARABIC_STOP = new Set(['من', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'ثم', 'قد', 'كان', 'بين', 'حتي', 'منذ', 'عند']);
const LATIN_STOP = new Set([
  // The article, also assimilated (ash-Shams): tokenize() splits it off at the hyphen.
  'al', 'el', 'ul', 'il', 'ad', 'adh', 'ar', 'as', 'ash', 'ath', 'az',
  'wa', 'fi', 'min', 'ila', 'ala', 'an', 'li', 'bi', 'la', 'ma', 'aw', 'hadha', 'hadhihi',
  'dhalika', 'allati', 'alladhi', 'thumma', 'qad', 'kana', 'bayna', 'hatta', 'mundhu', 'inda',
  'the', 'of', 'and', 'in', 'on', 'for', 'to', 'by', 'with', 'from', 'at', 'a',
]);

/** Article written with a hyphen in romanisation, assimilated forms included (ash-Shams, ad-Din). */
const ROMANISED_ARTICLE = /(^|[^a-z])(?:al|el|ul|il|ad|adh|an|ar|as|ash|at|ath|az)-(?=[a-z])/g;

/**
 * Folds romanised text (ALA-LC or looser) to plain lowercase ASCII words: accents and dots off
 * (ā → a, ḥ → h), ʻayn and hamzah marks dropped, and the hyphenated article removed so
 * "al-Tarikh" gives the word "tarikh" that the Arabic التاريخ is keyed under.
 *
 * @example
 * foldRomanized('Taʼrīkh al-ʻUmān') // → 'tarikh uman'
 * foldRomanized('Shams ad-Dīn')     // → 'shams din'
 */
export function foldRomanized(text: string): string {
  return normalizeArabic(text).replace(ROMANISED_ARTICLE, '$1');
}

function skeletonOfAscii(ascii: string): string {
  let key = '';
  let last = '';
  let first = true;
  for (let i = 0; i < ascii.length; i++) {
    let letter = ascii[i];
    if (letter < 'a' || letter > 'z') continue;
    const isFirst = first;
    first = false;
    if ('aeiou'.includes(letter)) continue;
    if ((letter === 'w' || letter === 'y') && !isFirst) continue;
    if (letter === 'q' || letter === 'c') letter = 'k';
    else if (letter === 'p') letter = 'b';
    else if (letter === 'v') letter = 'f';
    else if (letter === 'g' && ascii[i + 1] !== 'h') letter = 'j';
    else if (letter === 'x') letter = 'ks';
    if (letter === last) continue;
    key += letter;
    last = letter;
  }
  const end = key.length - 1;
  if (end >= 1 && key[end] === 'h' && !DIGRAPH_FIRST.has(key[end - 1])) key = key.slice(0, end);
  return key.length >= MIN_KEY ? key : '';
}

/**
 * The consonant-skeleton key of one romanised word, to match against the arabicToLatinKey() terms
 * of Arabic-script records. '' for function words and for keys too short to be useful (Ali → l).
 *
 * @example
 * latinSkeleton('Taʼrīkh')  // → 'trkh'
 * latinSkeleton('al-Qurʼān') // → 'krn'
 * latinSkeleton('Muscat')   // → 'mskt'
 * latinSkeleton('min')      // → ''
 */
export function latinSkeleton(word: string): string {
  const folded = foldRomanized(word);
  if (LATIN_STOP.has(folded)) return '';
  return skeletonOfAscii(folded);
}

/**
 * The consonant-skeleton key of one normalised Arabic word (article forms removed first), indexed
 * so that a romanised query finds it through latinSkeleton(). '' for function words and too-short
 * keys.
 *
 * @example
 * arabicToLatinKey('التاريخ') // → 'trkh'
 * arabicToLatinKey('عمان')    // → 'mn'
 * arabicToLatinKey('مسقط')    // → 'mskt'
 */
export function arabicToLatinKey(word: string): string {
  return ARABIC_STOP.has(word) ? '' : arabicSkeleton(stripArticle(word));
}

/**
 * The key of an Arabic word taken whole, article included: what a romanisation that writes the
 * article without a hyphen (altarikh) gives, and the only right key for a word whose own letters
 * start like the article (ألفاظ → الفاظ, which stripArticle() would cut to فاظ).
 *
 * @example
 * arabicSkeleton('التاريخ') // → 'ltrkh'
 */
export function arabicSkeleton(word: string): string {
  let ascii = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i];
    // و ي start a word as consonants, elsewhere they write long vowels.
    if (i === 0 && char === 'و') ascii += 'w';
    else if (i === 0 && char === 'ي') ascii += 'y';
    else ascii += TRANSLITERATION[char] ?? '';
  }
  return skeletonOfAscii(ascii);
}
