/**
 * The edition number from an edition statement (250 $a): "ط. 2", "ط2", "الطبعة الثانية",
 * "2nd ed.", "Second edition". The model stage has its own parser; stages never import each
 * other, and merge only needs the number.
 */
import { keyWords, withoutArticle } from './key-text.ts';
import { ordinalValue } from './ordinal.ts';

/**
 * @example editionNumber('الطبعة الثانية، مزيدة ومنقحة') // 2
 * @example editionNumber('طبعة جديدة') // undefined: no number to compare
 */
export function editionNumber(statement: string | undefined): number | undefined {
  for (const word of keyWords(statement)) {
    const value = ordinalValue(withoutArticle(word));
    if (value !== undefined) return value;
  }
  return undefined;
}
