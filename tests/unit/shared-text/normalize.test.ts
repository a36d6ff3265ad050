import { describe, expect, test } from 'vitest';
import { normalizeArabic } from '../../../src/shared/text/arabic.ts';

const cases: Array<[behaviour: string, given: string, want: string]> = [
  ['folds hamza on alef above to a bare alef', 'أحمد', 'احمد'],
  ['folds hamza on alef below to a bare alef', 'إسلام', 'اسلام'],
  ['folds alef madda to a bare alef', 'آداب', 'اداب'],
  ['folds hamza on waw to waw', 'مسؤول', 'مسوول'],
  ['folds hamza on yeh to yeh', 'مسئول', 'مسيول'],
  ['folds a decomposed hamza above like the composed one', 'ا\u0654حمد', 'احمد'],
  ['drops a lone hamza', 'القرءان', 'القران'],
  ['folds alef wasla and the other alef variants', 'ٱلرحمن ٲ ٳ ٵ', 'الرحمن ا ا ا'],
  ['folds taa marbuta to heh', 'مكتبة', 'مكتبه'],
  ['folds the Urdu and Persian heh forms', 'ۃ ە ۀ ہ ھ', 'ه ه ه ه ه'],
  ['folds alef maqsura to yeh', 'مصطفى', 'مصطفي'],
  ['folds Persian and Urdu yeh forms', 'ی ې ۍ ے ۓ', 'ي ي ي ي ي'],
  ['folds keheh and swash kaf to kaf', 'کتاب ڪتاب', 'كتاب كتاب'],
  ['keeps Persian letters that have no Arabic twin', 'پ چ ژ گ', 'پ چ ژ گ'],
  ['drops tashkeel', 'مُحَمَّدٌ', 'محمد'],
  ['drops the dagger alef', 'ٱلرَّحْمَٰنِ', 'الرحمن'],
  ['drops Quranic pause and recitation marks', 'رَيْبَ ۛ فِيهِ ۛ', 'ريب  فيه '],
  ['drops honorific signs above letters', 'محمد\u0610', 'محمد'],
  ['drops tatweel', 'كتـــاب', 'كتاب'],
  ['joins a ZWNJ compound into one word', 'کتاب\u200Cخانه', 'كتابخانه'],
  ['drops ZWJ, RLM and LRM', '\u200Fعم\u200Dان\u200E', 'عمان'],
  ['drops bidi embeddings and isolates', '\u202Bتاريخ\u202C \u2067عمان\u2069', 'تاريخ عمان'],
  ['drops the Arabic letter mark, byte order mark and soft hyphen', '\u061Cعمان\uFEFF bib\u00ADlio', 'عمان biblio'],
  ['decomposes the lam-alef ligature', 'ﻻ', 'لا'],
  ['decomposes the Allah ligature', 'ﷲ', 'الله'],
  ['folds presentation forms to base letters', 'ﻛﺘﺎﺏ', 'كتاب'],
  ['turns Arabic-Indic digits into ASCII', '١٤٢٠', '1420'],
  ['turns Persian digits into ASCII', '۱۳۹۸', '1398'],
  ['turns Arabic punctuation into spaces', 'عمان،مسقط؛نزوى؟', 'عمان مسقط نزوي '],
  ['turns Arabic percent and separators into spaces', '٥٪ ٣٫٥ ١٬٠٠٠', '5  3 5 1 000'],
  ['turns guillemets and the Urdu full stop into spaces', '«كتاب»۔', ' كتاب  '],
  ['drops ʻayn and hamzah romanisation marks', 'Taʼrīkh ʻUmān', 'tarikh uman'],
  ['drops the alternative marks ʾ ʿ and the prime', 'Qurʾān ʿAlī adʹham', 'quran ali adham'],
  ['drops apostrophes and backticks used for romanisation', "Ta'rikh Qur’an Shi‘r Ma`mun", 'tarikh quran shir mamun'],
  ['lowercases and strips Latin accents', 'Ibn Khaldūn', 'ibn khaldun'],
  ['strips dots below', 'ṢAḤĪḤ', 'sahih'],
  ['folds Latin letters that do not decompose', 'Łódź Øresund straße', 'lodz oresund strasse'],
  ['decomposes Latin ligatures and full-width letters', 'ﬁqh Ｑ', 'fiqh q'],
  ['leaves plain ASCII unchanged', 'history of oman 1990', 'history of oman 1990'],
  ['leaves Latin punctuation for the tokenizer', 'al-Tarikh: 2nd ed.', 'al-tarikh: 2nd ed.'],
];

describe('normalizeArabic', () => {
  test.each(cases)('%s', (_behaviour, given, want) => {
    expect(normalizeArabic(given)).toBe(want);
  });

  test.each(cases)('is idempotent: %s', (_behaviour, given) => {
    const once = normalizeArabic(given);
    expect(normalizeArabic(once)).toBe(once);
  });
});
