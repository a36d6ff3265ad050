/**
 * The figures behind the report pages and CSV files: computed once at build time
 * (compute-reports.ts), staged for Astro as reports.json, read back by the pages.
 */

/** A library as the reports name it. */
export interface ReportLibrary {
  code: string;
  name: { ar: string; en: string };
  city: { ar: string; en: string };
}

/** Counts by key (class, language, decade, format) for the consortium and for each library. */
export interface Distribution {
  total: Record<string, number>;
  byLibrary: Record<string, Record<string, number>>;
}

/** The thresholds "held by N or more libraries" is reported at. */
export const heldByThresholds = [2, 3, 5] as const;

export interface LibraryCollection {
  code: string;
  /** Source records of this library published in the catalogue (members). */
  records: number;
  /** Copies, summed over this library's holdings. */
  copies: number;
  /** Union records (titles, editions) this library holds. */
  titles: number;
  /** Titles no other library holds: the last copy in the country. */
  uniqueTitles: number;
  /** Titles of this library that N or more libraries hold (itself included), by N. */
  heldByAtLeast: Record<string, number>;
  /** Titles this library holds that another library of the same city holds too. */
  sameCityShared: number;
}

export interface CityDuplication {
  city: { ar: string; en: string };
  codes: string[];
  /** Titles held by two or more libraries of this city. */
  sharedTitles: number;
  /** Holdings beyond the first in the city, summed over those titles. */
  extraHoldings: number;
}

export interface ThinClass {
  level: 'hundred' | 'ten';
  code: string;
  titles: number;
  /** The median over the classes of this level, which the threshold is a fraction of. */
  median: number;
}

export interface CollectionFigures {
  libraries: LibraryCollection[];
  consortium: {
    titles: number;
    copies: number;
    records: number;
    heldByAtLeast: Record<string, number>;
    /** Titles held by exactly one library. */
    lastCopies: number;
  };
  /** counts[i][j]: titles held by both codes[i] and codes[j]; the diagonal is each library's titles. */
  overlap: { codes: string[]; counts: number[][] };
  hundreds: Distribution;
  tens: Distribution;
  lc: Distribution;
  languages: Distribution;
  decades: Distribution;
  formats: Distribution;
  sameCity: CityDuplication[];
  thinClasses: ThinClass[];
}

/** The share measures of data quality, each a count of the library's records. */
export const qualityMeasures = ['isbn', 'fixedField008', 'language', 'subjects', 'classification', 'holdings'] as const;
export type QualityMeasure = (typeof qualityMeasures)[number];

export interface DiagnosticDigest {
  code: string;
  severity: string;
  count: number;
  /** Advice from the catalogue, in both languages, for the first example. */
  advice: { ar: string; en: string };
  examples: Array<{ file: string; recordNumber?: number; tag?: string; message: { ar: string; en: string } }>;
}

export interface LibraryQuality {
  code: string;
  recordsRead: number;
  recordsAccepted: number;
  recordsRejected: number;
  /** Accepted records that have each measure. */
  counts: Record<QualityMeasure, number>;
  /** counts / recordsAccepted, 0 when the library has no accepted record. */
  shares: Record<QualityMeasure, number>;
  diagnostics: DiagnosticDigest[];
}

export interface QualityFigures {
  libraries: LibraryQuality[];
  /** Median share over the libraries with at least one accepted record. */
  medians: Record<QualityMeasure, number>;
}

/** reports.json. */
export interface ReportData {
  libraries: ReportLibrary[];
  collection: CollectionFigures;
  quality: QualityFigures;
}
