/**
 * Citations of a union record: a formatted reference for the page and the ILL request,
 * and RIS and BibTeX files for reference managers. Values come from MARC data: RIS and
 * BibTeX are line- and brace-structured, so control characters and line breaks are
 * flattened and BibTeX's special characters escaped, so no value can forge a field.
 */
import type { BibliographicDescription, UnionRecord } from '../shared/catalog-schema.ts';
import { displayTitle } from '../shared/display-title.ts';
import { publicationLine } from './record-view.ts';

const flat = (text: string): string => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

function authors(d: BibliographicDescription): string[] {
  return d.names.filter((n) => n.role === 'author' || n.kind === 'person').map((n) => flat(n.name)).slice(0, 10);
}

function titleWithRemainder(d: BibliographicDescription): string {
  const title = displayTitle(d.title);
  return flat(d.title.remainder ? `${title} : ${d.title.remainder}` : title);
}

/**
 * A reference in ISBD-like order: authors. Title. Edition. Place : Publisher, date. ISBN.
 * @example citationText(record) // "الخروصي، سالم. تاريخ عمان. مسقط : دار، 1999."
 */
export function citationText(record: UnionRecord): string {
  const d = record.description;
  const parts = [
    authors(d).join('; '),
    titleWithRemainder(d),
    d.edition,
    publicationLine(d.publication),
    d.identifiers.isbn[0] && `ISBN ${d.identifiers.isbn[0]}`,
  ];
  return parts.filter(Boolean).map((part) => flat(String(part)).replace(/[.\s]+$/, '')).join('. ') + '.';
}

/** RIS (Research Information Systems) for reference managers: one tagged line per value. */
export function ris(record: UnionRecord, pageUrl?: string): string {
  const d = record.description;
  const lines: Array<[string, string | undefined]> = [
    ['TY', d.format === 'serial' ? 'JOUR' : 'BOOK'],
    ...authors(d).map((name): [string, string] => ['AU', name]),
    ['TI', titleWithRemainder(d)],
    ['ET', d.edition],
    ['PY', d.publication.gregorianYear?.toString()],
    ['DA', d.publication.dateText],
    ['CY', d.publication.place],
    ['PB', d.publication.publisher],
    ...d.identifiers.isbn.map((isbn): [string, string] => ['SN', isbn]),
    ...d.languages.map((code): [string, string] => ['LA', code]),
    ...d.subjects.map((subject): [string, string] => ['KW', subject]),
    ['UR', pageUrl],
    ['ID', record.id],
  ];
  const body = lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${flat(value!)}`);
  return [...body, 'ER  - ', ''].join('\r\n');
}

/** BibTeX entry, key "fihris:<id>"; every value braced and escaped. */
export function bibtex(record: UnionRecord, pageUrl?: string): string {
  const d = record.description;
  const fields: Array<[string, string | undefined]> = [
    ['title', titleWithRemainder(d)],
    ['author', authors(d).join(' and ')],
    ['edition', d.edition],
    ['year', d.publication.gregorianYear?.toString() ?? d.publication.dateText],
    ['address', d.publication.place],
    ['publisher', d.publication.publisher],
    ['isbn', d.identifiers.isbn.join(', ')],
    ['language', d.languages.join(', ')],
    ['keywords', d.subjects.join(', ')],
    ['url', pageUrl],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${bibtexEscape(flat(value!))}}`);
  return `@${d.format === 'serial' ? 'periodical' : 'book'}{fihris:${record.id},\n${body.join(',\n')}\n}\n`;
}

/**
 * Escapes what TeX would read as markup, so braces stay balanced whatever the data holds.
 * @example bibtexEscape('50% {off}') // "50\\% \\{off\\}"
 */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}$%&#_^~]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '^') return '\\textasciicircum{}';
    if (char === '~') return '\\textasciitilde{}';
    return `\\${char}`;
  });
}
