/**
 * The spelling habits that make the same Arabic title look different from one library to
 * the next: hamza on alef dropped, final taa marbuta typed as haa, final alef maqsura as
 * yaa, some words vocalised. Only Arabic letters are touched; Latin text passes through.
 */

export interface SpellingChoices {
  dropHamza: boolean;
  haaForTaa: boolean;
  yaaForAlefMaqsura: boolean;
  tashkeel: boolean;
}

/** Vocalised forms a cataloguer copies from a title page. */
const vocalised: Record<string, string> = {
  'تحفة': 'تُحْفَة',
  'الأعيان': 'الأَعْيَان',
  'عمان': 'عُمان',
  'تاريخ': 'تَارِيخ',
  'ديوان': 'دِيوَان',
  'كتاب': 'كِتَاب',
  'العرب': 'العَرَب',
  'بيان': 'بَيَان',
  'الشرع': 'الشَّرْع',
  'شقائق': 'شَقَائِق',
  'النعمان': 'النُّعْمَان',
  'الفتح': 'الفَتْح',
  'المبين': 'المُبِين',
};

export function respell(text: string, choices: SpellingChoices): string {
  let out = text;
  if (choices.tashkeel) out = out.replace(/[\u0621-\u064A]+/g, (word) => vocalised[word] ?? word);
  if (choices.dropHamza) out = out.replace(/[أإآ]/g, 'ا');
  if (choices.haaForTaa) out = out.replace(/ة(?=$|[^\u0621-\u064A\u064B-\u0652])/g, 'ه');
  if (choices.yaaForAlefMaqsura) out = out.replace(/ى(?=$|[^\u0621-\u064A\u064B-\u0652])/g, 'ي');
  return out;
}
