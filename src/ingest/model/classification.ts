/**
 * Classification numbers: Dewey (082) and Library of Congress (050, and the local 090 many
 * libraries use for an LC call number they assigned themselves).
 */
import { dataFields, subfieldValues, type MarcRecord } from '../marc/marc-record.ts';
import { asciiDigits, unique } from './text.ts';

export function extractClassification(record: MarcRecord): { dewey: string[]; lc: string[] } {
  return { dewey: deweyNumbers(record), lc: lcClasses(record) };
}

/**
 * The first $a of each 082, without the "/" prime marks that show where it may be shortened:
 * "297.1/2" → "297.12".
 */
function deweyNumbers(record: MarcRecord): string[] {
  return unique(dataFields(record, '082').map((field) => {
    const first = subfieldValues(field, 'a')[0];
    return first && asciiDigits(first).replace(/[/'\s]/g, '');
  }));
}

// "IN PROCESS" and similar placeholders are not classes: an LC class starts with 1-3 letters and a digit.
const lcClassShape = /^[A-Z]{1,3}\s?\d/;

/** First $a with its $b (item number) of each 050/090: "JA84.M43 I58 2009". */
function lcClasses(record: MarcRecord): string[] {
  return unique(['050', '090'].flatMap((tag) => dataFields(record, tag)).map((field) => {
    const classNumber = subfieldValues(field, 'a')[0]?.trim();
    if (!classNumber || !lcClassShape.test(classNumber)) return undefined;
    return [classNumber, ...subfieldValues(field, 'b').map((b) => b.trim())].filter(Boolean).join(' ');
  }));
}
