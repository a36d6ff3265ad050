/**
 * Identifiers: ISBN (020), ISSN (022), LCCN (010), system numbers (035), and the record's
 * own control number (001/003), which is not a bibliographic identifier and is kept apart.
 */
import type { Identifiers } from '../../shared/catalog-schema.ts';
import { controlField, dataFields, subfieldValues, type MarcRecord } from '../marc/marc-record.ts';
import { hasIsbnShape, isbnDigits, validIsbn13, validIssn } from './isbn.ts';
import { modelProblem, type ModelProblem, type WithProblems } from './model-problem.ts';
import { unique } from './text.ts';

export function extractIdentifiers(record: MarcRecord): WithProblems<Identifiers> {
  const isbns = extractIsbns(record);
  const issns = extractIssns(record);
  return {
    value: {
      isbn: isbns.valid,
      invalidIsbn: isbns.invalid,
      issn: issns.valid,
      lccn: unique(dataFields(record, '010').flatMap((f) => subfieldValues(f, 'a')).map(normaliseLccn)),
      systemNumbers: unique(dataFields(record, '035').flatMap((f) => subfieldValues(f, 'a')).map(normaliseSystemNumber)),
    },
    problems: [...isbns.problems, ...issns.problems],
  };
}

/**
 * 020 $a: valid numbers become ISBN-13; a number failing its check digit or of the wrong
 * length goes to invalidIsbn with a problem. 020 $z is already marked invalid by the
 * cataloguer: kept in invalidIsbn, no problem raised.
 */
function extractIsbns(record: MarcRecord) {
  const valid: string[] = [];
  const invalid: string[] = [];
  const problems: ModelProblem[] = [];
  for (const field of dataFields(record, '020')) {
    for (const subfield of field.subfields) {
      const digits = subfield.code === 'a' || subfield.code === 'z' ? isbnDigits(subfield.value) : undefined;
      if (digits === undefined) continue;
      const isbn13 = subfield.code === 'a' ? validIsbn13(digits) : undefined;
      if (isbn13) { valid.push(isbn13); continue; }
      invalid.push(digits);
      if (subfield.code === 'a') {
        const code = hasIsbnShape(digits) ? 'model.invalid-isbn' : 'model.malformed-isbn';
        problems.push(modelProblem(code, '020', { isbn: subfield.value.trim() }));
      }
    }
  }
  return { valid: unique(valid), invalid: unique(invalid), problems };
}

/** 022 $a with a right check digit, as "NNNN-NNNN"; a wrong one is dropped with a problem. */
function extractIssns(record: MarcRecord) {
  const valid: string[] = [];
  const problems: ModelProblem[] = [];
  for (const value of dataFields(record, '022').flatMap((f) => subfieldValues(f, 'a'))) {
    const issn = validIssn(value);
    if (issn) valid.push(issn);
    else problems.push(modelProblem('model.invalid-issn', '022', { issn: value.trim() }));
  }
  return { valid: unique(valid), problems };
}

/**
 * LCCN in the Library of Congress normalised form: no spaces, nothing after "/", and the
 * serial part after a hyphen zero-padded to six digits.
 * @example normaliseLccn('n 79-21164') === 'n79021164'
 */
export function normaliseLccn(text: string): string {
  const compact = text.replace(/\s/g, '').split('/')[0];
  const hyphen = compact.indexOf('-');
  if (hyphen < 0) return compact;
  const serial = compact.slice(hyphen + 1);
  return compact.slice(0, hyphen) + (/^\d+$/.test(serial) ? serial.padStart(6, '0') : serial);
}

/**
 * A 035 number; OCLC numbers lose their "ocm"/"ocn"/"on" prefix and leading zeros, so the
 * same OCLC record matches whichever form a library's system exported.
 * @example normaliseSystemNumber('(OCoLC)ocm00012345') === '(OCoLC)12345'
 */
export function normaliseSystemNumber(text: string): string {
  const oclc = /^\(OCoLC\)\s*(?:ocm|ocn|on)?0*(\d+)\s*$/i.exec(text.trim());
  return oclc ? `(OCoLC)${oclc[1]}` : text.trim();
}

/** 001 and 003: the record's number in the library's own system, and whose number it is. */
export function controlNumber(record: MarcRecord): { controlNumber?: string; controlNumberIdentifier?: string } {
  const result: { controlNumber?: string; controlNumberIdentifier?: string } = {};
  const number = controlField(record, '001')?.trim();
  const identifier = controlField(record, '003')?.trim();
  if (number) result.controlNumber = number;
  if (identifier) result.controlNumberIdentifier = identifier;
  return result;
}
