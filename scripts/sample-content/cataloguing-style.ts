/**
 * How one library catalogues: the habits that make the same edition look different from
 * one library to the next. Probabilities are per record, drawn from a generator seeded
 * with the library code and the edition key, so the output never changes between runs.
 */

export type DateStyle =
  /** 1420هـ/1999م */
  | 'hijri-slash'
  /** 1420 هـ، 1999 م */
  | 'hijri-comma'
  /** 1999 */
  | 'gregorian'
  /** ١٤٢٠ هـ (Arabic-Indic digits, Hijri only) */
  | 'indic-hijri';

export type IsbnForm =
  /** 978-9953-89-123-4 */
  | 'hyphen13'
  /** 9789953891234 */
  | 'plain13'
  /** 9953891234 */
  | 'isbn10'
  /** 9789953891234 (ردمك) */
  | 'qualified';

export type AuthorForm = 'inverted' | 'direct';

export interface CataloguingStyle {
  /** MARC organisation code: 003, 040 $a, 852 $a. */
  orgCode: string;
  controlNumber: (sequence: number) => string;
  /** Chance a personal name is typed in direct order ("سالم بن حمود السيابي"). */
  directNames: number;
  /** Chance a record drops hamza on alef (إسلام → اسلام). */
  dropHamza: number;
  /** Chance a record writes final taa marbuta as haa (مكتبة → مكتبه). */
  haaForTaa: number;
  /** Chance a record writes final alef maqsura as yaa (على → علي). */
  yaaForAlefMaqsura: number;
  /** Chance a record vocalises some title words (تُحْفَة). */
  tashkeel: number;
  /** Chance of a doubled space or a space before a comma somewhere in the title. */
  sloppySpacing: number;
  /** '264' for RDA records, '260' for AACR2; 'mixed' switches per record. */
  imprint: '260' | '264' | 'mixed';
  dates: DateStyle[];
  /** ISBD punctuation at the end of subfields (" :", " /", " ;"). */
  isbd: boolean;
  /** Chance the subtitle (245 $b) is recorded. */
  keepSubtitle: number;
  isbnForms: IsbnForm[];
  /** Chance an ISBN on the book is not recorded. */
  isbnMissing: number;
  /** Also record the ISBN-10 in a second 020. */
  bothIsbns: boolean;
  /** "ط. 2" or "الطبعة الثانية". */
  editionWords: 'short' | 'long';
  /** Volumes catalogued with the set's ISBN instead of their own (wrong, but common). */
  setIsbnOnVolumes: boolean;
  /** Romanised 880 parallels of 245 and 100, linked with $6. */
  parallel880: boolean;
  /** 041 even for untranslated books. */
  always041: boolean;
  /** 008/00-05 date entered on file: the year the library began cataloguing. */
  enteredFrom: number;
}
