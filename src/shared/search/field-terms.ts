/**
 * The index terms of one searchable text, for both engines: indexTerms() of the text, and for a
 * name also the consonant skeleton of each Latin word, so that two romanisations of one Arabic
 * name meet (Khaldoun, Khaldūn → khldn; Mohammed, Muḥammad → mhmd) as a romanised query already
 * meets the Arabic script. Names only: across titles and notes, skeletons would also join
 * misspelt English words (histroy, history → hstr), and a reader who misspells a title word is
 * better served by "did you mean" than by a silent guess.
 */
import { indexTerms, isLatinWord, latinSkeleton, tokenize } from '../text/arabic.ts';
import type { SearchableText } from './searchable-texts.ts';

/**
 * @example
 * fieldTerms({ field: 'name', text: 'Ibn Khaldoun' }) // → ['ibn', 'khaldoun', 'bn', 'khldn']
 * fieldTerms({ field: 'title', text: 'History' })     // → ['history']
 */
export function fieldTerms({ field, text }: SearchableText): readonly string[] {
  if (field !== 'name') return indexTerms(text);
  let terms = nameTermsCache.get(text);
  if (terms === undefined) {
    if (nameTermsCache.size >= NAME_TERMS_CACHE_SIZE) nameTermsCache.clear();
    const skeletons = tokenize(text).filter(isLatinWord).map(latinSkeleton).filter(Boolean);
    terms = skeletons.length ? [...new Set([...indexTerms(text), ...skeletons])] : indexTerms(text);
    nameTermsCache.set(text, terms);
  }
  return terms;
}

/** A catalogue names the same authors again and again: each name's terms are worked out once. */
const nameTermsCache = new Map<string, readonly string[]>();
const NAME_TERMS_CACHE_SIZE = 100_000;
