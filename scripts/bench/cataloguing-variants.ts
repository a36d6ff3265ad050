/**
 * How one library's record of an edition differs from another's: the habits of its
 * cataloguers (fixed per library) and the slips of one record (drawn per record).
 */
import type { BenchLibrary } from './consortium-libraries.ts';
import type { Draw } from '../shared/seeded-random.ts';

export interface LibraryHabits {
  isbd: boolean;
  imprintTag: '260' | '264' | 'mixed';
  /** Chance a name is written "سالم السيابي" rather than "السيابي، سالم". */
  directNames: number;
  dropHamza: number;
  haaForTaa: number;
  yaaForAlefMaqsura: number;
  tashkeel: number;
  isbnMissing: number;
  isbnForm: 'plain13' | 'hyphen13' | 'isbn10' | 'qualified';
  hijriDates: boolean;
}

const isbnForms: LibraryHabits['isbnForm'][] = ['plain13', 'hyphen13', 'isbn10', 'qualified'];

/** Large libraries catalogue carefully; small ones drift. */
export function habitsOf(library: BenchLibrary): LibraryHabits {
  const careful = library.rank < 6;
  const r = library.rank;
  return {
    isbd: careful || r % 3 !== 0,
    imprintTag: careful ? '264' : r % 4 === 0 ? '260' : 'mixed',
    directNames: careful ? 0 : (r % 5) / 5,
    dropHamza: careful ? 0 : 0.2 + (r % 4) * 0.2,
    haaForTaa: careful ? 0 : (r % 3) * 0.25,
    yaaForAlefMaqsura: careful ? 0 : (r % 2) * 0.5,
    tashkeel: r % 7 === 0 ? 0.3 : 0.02,
    isbnMissing: careful ? 0.05 : 0.2 + (r % 3) * 0.1,
    isbnForm: isbnForms[r % isbnForms.length],
    hijriDates: r % 2 === 1,
  };
}

export interface SpellingSlips {
  dropHamza: boolean;
  haaForTaa: boolean;
  yaaForAlefMaqsura: boolean;
  tashkeel: boolean;
}

export function drawSlips(draw: Draw, habits: LibraryHabits): SpellingSlips {
  return {
    dropHamza: draw.chance(habits.dropHamza),
    haaForTaa: draw.chance(habits.haaForTaa),
    yaaForAlefMaqsura: draw.chance(habits.yaaForAlefMaqsura),
    tashkeel: draw.chance(habits.tashkeel),
  };
}

const harakat = ['\u064E', '\u064F', '\u0650', '\u0652'];

/** Only Arabic letters change; Latin text passes through. Tashkeel is seeded by the text itself. */
export function respell(text: string, slips: SpellingSlips): string {
  let out = text;
  if (slips.dropHamza) out = out.replace(/[أإآ]/g, 'ا');
  if (slips.haaForTaa) out = out.replace(/ة(?=$|[^\u0621-\u064A])/g, 'ه');
  if (slips.yaaForAlefMaqsura) out = out.replace(/ى(?=$|[^\u0621-\u064A])/g, 'ي');
  if (slips.tashkeel) out = out.replace(/([\u0628-\u064A])(?=[\u0621-\u064A])/g, (letter, _l, at: number) => letter + harakat[at % harakat.length]);
  return out;
}
