/**
 * The catalogue model: the one agreement between the ingest pipeline and the site.
 * The pipeline writes union records in this shape (data/union.jsonl, one per line);
 * the site and every report read them back through these schemas.
 */
import { z } from 'zod';

/** One copy or group of copies of an item at one library. */
export const holdingSchema = z.object({
  /** Code of the holding library (its folder name under content/libraries). */
  libraryCode: z.string(),
  /** Branch or sub-library, as the library names it. */
  branch: z.string().optional(),
  /** Shelving location or collection (e.g. "المراجع", "Stacks"). */
  location: z.string().optional(),
  callNumber: z.string().optional(),
  barcode: z.string().optional(),
  /** Availability or item status as exported (e.g. "on loan", "معار"). */
  status: z.string().optional(),
  /** Number of copies this holding stands for (at least 1). */
  copies: z.number().int().min(1),
});
export type Holding = z.infer<typeof holdingSchema>;

/** A personal or corporate name with its role. */
export const nameSchema = z.object({
  name: z.string(),
  /** Dates or numeration as catalogued (100 $d, $c). */
  dates: z.string().optional(),
  /** "author" for 1XX, "contributor" for 7XX unless a relator says more. */
  role: z.string(),
  /** Relator term or code as catalogued (e.g. "محقق", "edt"). */
  relator: z.string().optional(),
  /** The paired 880 form in the other script, when the record carries one. */
  parallel: z.string().optional(),
  kind: z.enum(['person', 'corporate', 'meeting']),
});
export type Name = z.infer<typeof nameSchema>;

export const titleSchema = z.object({
  /** 245 $a, without final ISBD punctuation. */
  proper: z.string(),
  /** 245 $b. */
  remainder: z.string().optional(),
  /** 245 $n: volume or part number (ج. 2, v. 3). */
  partNumber: z.string().optional(),
  /** 245 $p. */
  partName: z.string().optional(),
  /** 245 $c. */
  responsibility: z.string().optional(),
  /** The paired 880 form of the title, in the other script. */
  parallel: z.string().optional(),
  /** 246 variant titles and 880 parallels: indexed so readers find them. */
  variants: z.array(z.string()),
});
export type Title = z.infer<typeof titleSchema>;

export const publicationSchema = z.object({
  place: z.string().optional(),
  publisher: z.string().optional(),
  /** The date as catalogued in 260/264 $c (e.g. "1420هـ/1999م"). */
  dateText: z.string().optional(),
  /** Gregorian year, from $c or 008/07-10. */
  gregorianYear: z.number().int().optional(),
  /** Hijri year when the record gives one. */
  hijriYear: z.number().int().optional(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const identifiersSchema = z.object({
  /** Valid ISBNs, normalised to ISBN-13 without hyphens. */
  isbn: z.array(z.string()),
  /** ISBNs as catalogued that fail their checksum: kept for display, never used to match. */
  invalidIsbn: z.array(z.string()),
  issn: z.array(z.string()),
  lccn: z.array(z.string()),
  /** 035 $a system numbers, e.g. "(OCoLC)12345". */
  systemNumbers: z.array(z.string()),
});
export type Identifiers = z.infer<typeof identifiersSchema>;

export const linkSchema = z.object({
  /** Only http(s) URLs survive the pipeline; anything else is dropped with a diagnostic. */
  url: z.string(),
  text: z.string().optional(),
});

/** One library's record, normalised: what "as catalogued by library X" shows. */
export const bibliographicDescriptionSchema = z.object({
  title: titleSchema,
  names: z.array(nameSchema),
  edition: z.string().optional(),
  publication: publicationSchema,
  physicalDescription: z.string().optional(),
  series: z.array(z.string()),
  subjects: z.array(z.string()),
  /** 082 $a Dewey numbers and 050 $a LC classes. */
  classification: z.object({ dewey: z.array(z.string()), lc: z.array(z.string()) }),
  identifiers: identifiersSchema,
  /** MARC language codes (008/35-37, 041 $a), e.g. "ara", "eng". */
  languages: z.array(z.string()),
  notes: z.array(z.string()),
  links: z.array(linkSchema),
  /** Coarse format from the leader: book, serial, map, music, video, other. */
  format: z.string(),
});
export type BibliographicDescription = z.infer<typeof bibliographicDescriptionSchema>;

/** How a member record joined its union record. */
export const mergeRuleSchema = z.enum(['first', 'isbn', 'system-number', 'match-key']);
export type MergeRule = z.infer<typeof mergeRuleSchema>;

/** One source record that belongs to a union record. */
export const memberSchema = z.object({
  libraryCode: z.string(),
  /** Source file, relative to the content folder. */
  file: z.string(),
  recordNumber: z.number().int().min(1),
  /** 001 of the source record, as the library's system knows it. */
  controlNumber: z.string().optional(),
  /** 003: whose control number it is. */
  controlNumberIdentifier: z.string().optional(),
  /** Which rule joined this member to the cluster ("first" for the member that started it). */
  rule: mergeRuleSchema,
  description: bibliographicDescriptionSchema,
});
export type Member = z.infer<typeof memberSchema>;

/** One line of data/union.jsonl: one edition, every library's holdings under it. */
export const unionRecordSchema = z.object({
  /** Permanent id: never changes when libraries re-deposit the same data. */
  id: z.string().regex(/^[a-z0-9]+$/),
  /** Page of the record, relative to the site root. */
  url: z.string(),
  /** The display description, taken from the fullest, best-coded member. */
  description: bibliographicDescriptionSchema,
  /** Index in `members` of the member whose description is displayed. */
  displayMember: z.number().int().min(0),
  members: z.array(memberSchema).min(1),
  holdings: z.array(holdingSchema),
});
export type UnionRecord = z.infer<typeof unionRecordSchema>;
