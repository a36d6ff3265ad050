/**
 * Text as the match key sees it: the shared Arabic normaliser (hamza, taa marbuta, alef maqsura,
 * tashkeel, digits all folded), then punctuation dropped and the text cut into words.
 */
import { normalizeArabic } from '../../shared/text/arabic.ts';

/**
 * Words of a text, folded. Letters and digits only: ISBD punctuation ("/", ":", "[ ]") and
 * Arabic punctuation never decide whether two records match.
 */
export function keyWords(text: string | undefined): string[] {
  if (!text) return [];
  return normalizeArabic(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * A word without the Arabic article (and و/ب/ل/ك/ف before it): libraries disagree on
 * "تاريخ عمان الحديث" vs "تاريخ عمان حديث" less often than on whether the article was typed
 * with a hamza, but the article is never what tells two books apart.
 */
export function withoutArticle(word: string): string {
  const bare = word.replace(/^(?:[وفبكل]?ال|لل)(?=\p{L}{2,})/u, '');
  return bare;
}
