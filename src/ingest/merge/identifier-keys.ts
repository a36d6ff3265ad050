/**
 * Strong identifiers as merge keys: ISBNs (as ISBN-13) and 035 system numbers.
 */
import type { ClusterInput } from './cluster-input.ts';

/**
 * ISBN-13 digits, whatever form the ISBN arrived in. The model stage already gives ISBN-13,
 * but a deposit converted by hand may still carry ISBN-10 or hyphens.
 * @example isbn13('977-09-1234-X') // '978977091234…' (with its recomputed check digit)
 */
export function isbn13(isbn: string): string | undefined {
  const compact = isbn.replace(/[\s-]/g, '').toUpperCase();
  if (/^97[89]\d{10}$/.test(compact)) return compact;
  if (!/^\d{9}[\dX]$/.test(compact)) return undefined;
  const body = `978${compact.slice(0, 9)}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function isbnKeys(input: ClusterInput): string[] {
  const keys = input.description.identifiers.isbn.map(isbn13).filter((key) => key !== undefined);
  return [...new Set(keys)].sort();
}

/**
 * "(OCoLC)ocm00012345" → "(ocolc)12345". Only numbers with an agency prefix: a bare number is
 * one library's own counter and collides across libraries. The record's own 001 with its 003
 * counts too: a library that copy-catalogued from another keeps that library's number in 035.
 */
export function systemNumberKeys(input: ClusterInput): string[] {
  const numbers = [...input.description.identifiers.systemNumbers];
  if (input.controlNumber && input.controlNumberIdentifier) {
    numbers.push(`(${input.controlNumberIdentifier})${input.controlNumber}`);
  }
  const keys = numbers.map(systemNumberKey).filter((key) => key !== undefined);
  return [...new Set(keys)].sort();
}

function systemNumberKey(text: string): string | undefined {
  const parts = /^\s*\(([^)]+)\)\s*(.+?)\s*$/.exec(text);
  if (!parts) return undefined;
  const agency = parts[1].trim().toLowerCase();
  let number = parts[2].toLowerCase().replace(/\s+/g, '');
  if (agency === 'ocolc') number = number.replace(/^(?:ocm|ocn|on)/, '');
  number = number.replace(/^0+(?=.)/, '');
  return number === '' ? undefined : `(${agency})${number}`;
}
