/**
 * A library's profile: content/libraries/<code>/library.yml, written by a librarian.
 * Checked at build time; the site shows names, contacts and coordinates from it.
 */
import { z } from 'zod';

const bilingualText = z.object({
  /** Arabic form, shown on Arabic pages. */
  ar: z.string().min(1),
  /** English form, shown on English pages. */
  en: z.string().min(1),
});

/** Subfield codes whose values are joined, in order, e.g. "hi" for a call number in $h and $i. */
const subfieldCodes = z.string().regex(/^[0-9a-z]+$/, 'one or more subfield codes, e.g. "hi"');

/** One catalogue dump in the library's folder. */
export const catalogueFileSchema = z.object({
  /** File name inside the library's folder, e.g. "catalogue.mrc". */
  path: z.string().min(1),
  /** Format; guessed from the extension when absent (.mrc .xml .json .mrk .csv .xlsx, each optionally .gz). */
  format: z.enum(['iso2709', 'marcxml', 'marc-json', 'mrk', 'csv', 'xlsx']).optional(),
  /** Character encoding of ISO 2709 files; "auto" detects it per record from the bytes. */
  encoding: z.enum(['auto', 'utf-8', 'marc-8', 'windows-1256']).default('auto'),
});
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;

export const libraryProfileSchema = z.object({
  /** Short code, lowercase letters, digits and hyphens; must equal the folder name. Example: squ-main */
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens, e.g. squ-main'),
  /** The library's name in Arabic and English. */
  name: bilingualText,
  /** City in Arabic and English. */
  city: bilingualText,
  /** ISO 3166 country code, e.g. OM. */
  country: z.string().length(2).default('OM'),
  /** Where the library is, in decimal degrees (WGS 84). */
  coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  /** The library's public web site. */
  website: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Deep link to a record in the library's own OPAC; {controlNumber} is replaced by the
   * record's 001. Example: https://opac.example.om/cgi-bin/koha/opac-detail.pl?biblionumber={controlNumber}
   */
  opacUrlTemplate: z.string().regex(/^https?:\/\/.*\{controlNumber\}/, 'an http(s) URL containing {controlNumber}').optional(),
  /** Interlibrary-loan contact: an email address, a request form, or both. */
  interlibraryLoan: z.object({
    email: z.email().optional(),
    formUrl: z.url({ protocol: /^https?$/ }).optional(),
  }).refine((ill) => ill.email || ill.formUrl, 'give an email or a formUrl'),
  /**
   * Where the item data is, when the library's system uses a tag other than 852, Koha 952,
   * 949 or UNIMARC-Koha 995: the tag and the subfield code of each holding element.
   */
  holdings: z.object({
    tag: z.string().regex(/^[0-9A-Z]{3}$/, 'a three-character tag such as 999'),
    branch: subfieldCodes.optional(),
    location: subfieldCodes.optional(),
    callNumber: subfieldCodes.optional(),
    barcode: subfieldCodes.optional(),
    status: subfieldCodes.optional(),
    copies: z.string().regex(/^[0-9a-z]$/, 'one subfield code, e.g. "t"').optional(),
  }).optional(),
  /** The catalogue dumps in this folder. */
  files: z.array(catalogueFileSchema).min(1),
});
export type LibraryProfile = z.infer<typeof libraryProfileSchema>;
