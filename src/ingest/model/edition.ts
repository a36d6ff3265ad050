/**
 * The edition statement (250) and the edition number used to tell editions apart when
 * matching records across libraries ("ط. 2" and "الطبعة الثانية" are the same edition).
 */
import { dataFields, subfieldValues, type MarcRecord } from '../marc/marc-record.ts';
import { asciiDigits, joinStripped } from './text.ts';

/** 250 $a $b as catalogued, ISBD ends stripped. */
export function extractEdition(record: MarcRecord): string | undefined {
  const field = dataFields(record, '250')[0];
  return field && joinStripped(subfieldValues(field, 'ab'));
}

// Ordinals 1-10, normalised as by normaliseArabic: masculine and feminine forms, no hamza.
const arabicOrdinals: Record<string, number> = {
  'اولي': 1, 'اول': 1, 'ثانيه': 2, 'ثاني': 2, 'ثالثه': 3, 'ثالث': 3, 'رابعه': 4, 'رابع': 4,
  'خامسه': 5, 'خامس': 5, 'سادسه': 6, 'سادس': 6, 'سابعه': 7, 'سابع': 7, 'ثامنه': 8, 'ثامن': 8,
  'تاسعه': 9, 'تاسع': 9, 'عاشره': 10, 'عاشر': 10,
};

const englishOrdinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

function normaliseArabic(word: string): string {
  return word.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/^ال/, '');
}

/**
 * The edition's number, whatever the language and digits: the first number written in the
 * statement, else the first ordinal word from one to ten.
 * @example editionNumber('الطبعة الثانية') === 2
 */
export function editionNumber(text: string): number | undefined {
  const digits = /\d+/.exec(asciiDigits(text));
  if (digits) return Number(digits[0]);
  for (const word of text.toLowerCase().split(/[\s.,،:;؛()[\]-]+/u)) {
    const number = englishOrdinals[word] ?? arabicOrdinals[normaliseArabic(word)];
    if (number !== undefined) return number;
  }
  return undefined;
}
