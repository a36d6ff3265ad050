/**
 * Numbers as catalogues write them in edition and volume statements: "2", "٢", "2nd",
 * "الثانية", "second", "II". Words arrive folded by keyWords (ة → ه, ى → ي, article dropped).
 */

const arabicOrdinals: Record<string, number> = {
  اول: 1, اولي: 1, ثاني: 2, ثانيه: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4,
  خامس: 5, خامسه: 5, سادس: 6, سادسه: 6, سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8,
  تاسع: 9, تاسعه: 9, عاشر: 10, عاشره: 10,
};

const englishOrdinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const romanNumerals: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10,
  xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15, xvi: 16, xvii: 17, xviii: 18, xix: 19, xx: 20,
};

// "2", "2nd", "3rd", "4th", "2e", "ط2", "ج2", "مج3": a number glued to an ordinal suffix or a
// one-letter Arabic abbreviation, as typed when the space after "ط." is lost.
const numeric = /^(?:ط|ج|مج|ع|ق|v|t)?(\d{1,4})(?:st|nd|rd|th|e|er|eme|ème)?$/u;

/**
 * The number a word stands for, or undefined. Years are not numbers here: above 500 is
 * a date ("ط. 1، 1999").
 * @example ordinalValue('الثانيه') // 2 (after the article is dropped: 'ثانيه')
 */
export function ordinalValue(word: string, allowRoman = false): number | undefined {
  const digits = numeric.exec(word);
  if (digits) {
    const value = Number(digits[1]);
    return value > 0 && value <= 500 ? value : undefined;
  }
  return arabicOrdinals[word] ?? englishOrdinals[word] ?? (allowRoman ? romanNumerals[word] : undefined);
}
