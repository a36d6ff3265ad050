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
export function fieldTerms({ field, text }: SearchableText): string[] {
  const terms = indexTerms(text);
  if (field !== 'name') return terms;
  const skeletons = tokenize(text).filter(isLatinWord).map(latinSkeleton).filter(Boolean);
  return [...new Set([...terms, ...skeletons])];
}
