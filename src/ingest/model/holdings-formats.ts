/**
 * How each library system writes its items into MARC. Each reader turns one holdings or item
 * field into one copy. Built in: MARC 852, Koha MARC21 952, Innovative 949, Koha UNIMARC 995;
 * anything else is described by a per-library HoldingsMapping (library.yml `holdings`).
 */
import { subfieldValues, type DataField } from '../marc/marc-record.ts';
import { stripIsbd } from './text.ts';
import { withoutEmpty } from './without-empty.ts';

/** Which subfield holds what, for a library whose system uses its own holdings field. */
export interface HoldingsMapping {
  /** The field carrying one item (or one group of copies), e.g. "999". */
  tag: string;
  /** Subfield code(s) of the branch. */
  branch?: string;
  /** Subfield code(s) of the shelving location or collection. */
  location?: string;
  /** Subfield code(s) of the call number, in order (e.g. "hi"). */
  callNumber?: string;
  barcode?: string;
  /** Subfield holding the item status, copied as exported. */
  status?: string;
  /** Subfield holding a number of copies; without it each field is one copy. */
  copies?: string;
}

/** One field's worth of holding, before identical copies are grouped. */
export interface ItemCopy {
  branch?: string;
  location?: string;
  callNumber?: string;
  barcode?: string;
  status?: string;
  copies: number;
}

export interface HoldingsFormat {
  tag: string;
  read: (field: DataField) => ItemCopy;
}

/** The values of these subfields joined by a space, or undefined when there are none. */
function text(field: DataField, codes: string | undefined): string | undefined {
  if (!codes) return undefined;
  const joined = subfieldValues(field, codes).map((v) => v.trim()).filter(Boolean).join(' ');
  return joined === '' ? undefined : stripIsbd(joined);
}

// Koha stores flags as numbers: "0" or empty means "no".
function flag(field: DataField, code: string): string | undefined {
  const value = text(field, code);
  return value && value !== '0' ? value : undefined;
}

/** A copy from whatever the reader found; absent parts are left out, not set to undefined. */
function copy(parts: Omit<ItemCopy, 'copies'>, copies = 1): ItemCopy {
  return withoutEmpty<ItemCopy>({ ...parts, copies });
}

/** Koha's item status, most telling first: lost, withdrawn, on loan, damaged, not for loan. */
function kohaStatus(field: DataField, codes: { lost: string; withdrawn?: string; onLoan: string; damaged?: string; notForLoan: string }): string | undefined {
  if (flag(field, codes.lost)) return 'lost';
  if (codes.withdrawn && flag(field, codes.withdrawn)) return 'withdrawn';
  if (text(field, codes.onLoan)) return 'on loan';
  if (codes.damaged && flag(field, codes.damaged)) return 'damaged';
  const notForLoan = flag(field, codes.notForLoan);
  // Negative not-for-loan values are Koha's "ordered" states.
  if (notForLoan) return notForLoan.startsWith('-') ? 'on order' : 'not for loan';
  return undefined;
}

export const marc852: HoldingsFormat = {
  tag: '852',
  // $a is the institution: the library itself, already known as libraryCode.
  read: (f) => copy({ branch: text(f, 'b'), location: text(f, 'c'), callNumber: text(f, 'khim'), barcode: text(f, 'p') }),
};

export const koha952: HoldingsFormat = {
  tag: '952',
  // $a home branch (where the item belongs) rather than $b (where it is now).
  read: (f) => copy({
    branch: text(f, 'a') ?? text(f, 'b'), location: text(f, 'c'), callNumber: text(f, 'o'), barcode: text(f, 'p'),
    status: kohaStatus(f, { lost: '1', withdrawn: '0', onLoan: 'q', damaged: '4', notForLoan: '7' }),
  }),
};

export const kohaUnimarc995: HoldingsFormat = {
  tag: '995',
  read: (f) => copy({
    branch: text(f, 'b') ?? text(f, 'c'), location: text(f, 'e'), callNumber: text(f, 'k'), barcode: text(f, 'f'),
    status: kohaStatus(f, { lost: '2', onLoan: 'n', notForLoan: 'o' }),
  }),
};

/**
 * 949 has no standard meaning. We read it as Innovative (Millennium/Sierra) item records are
 * loaded and exported, the most widespread use: $a call number, $i barcode, $l location,
 * $s status code ("-" is "available"). A library using 949 otherwise gives a mapping.
 */
export const innovative949: HoldingsFormat = {
  tag: '949',
  read: (f) => {
    const status = text(f, 's');
    return copy({ location: text(f, 'l'), callNumber: text(f, 'a'), barcode: text(f, 'i'), status: status === '-' ? undefined : status });
  },
};

export function formatFromMapping(mapping: HoldingsMapping): HoldingsFormat {
  return {
    tag: mapping.tag,
    read: (f) => {
      const count = Number(text(f, mapping.copies));
      return copy({
        branch: text(f, mapping.branch), location: text(f, mapping.location), callNumber: text(f, mapping.callNumber),
        barcode: text(f, mapping.barcode), status: text(f, mapping.status),
      }, Number.isInteger(count) && count > 0 ? count : 1);
    },
  };
}

/** Item-level fields first: a record carrying both 952 items and an 852 summary counts its items once. */
export const builtInFormats: readonly HoldingsFormat[] = [koha952, kohaUnimarc995, innovative949, marc852];
