/**
 * The lines and rows of the bulk dumps: one union record (union dump) or one member
 * record (a library's dump) as JSON and as CSV.
 */
import { marcJsonRecord } from '../ingest/emit/marc-json-writer.ts';
import type { BibliographicDescription, Member, UnionRecord } from '../shared/catalog-schema.ts';
import type { UnionMarc } from './union-marc.ts';

export const unionCsvHeader = ['id', 'url', 'title', 'authors', 'year', 'isbn', 'libraries'];
export const libraryCsvHeader = ['id', 'url', 'control_number', 'file', 'record_number', 'title', 'authors', 'year', 'isbn'];

/**
 * One union record with its provenance: which member's description is shown, every
 * member record by library, file and record number, and the union MARC record with
 * the source (library code or "fihris") of each of its fields.
 */
export function unionDumpLine(record: UnionRecord, url: string, marc: UnionMarc | undefined): string {
  const display = record.members[record.displayMember];
  return JSON.stringify({
    id: record.id,
    url,
    displayMember: memberReference(display),
    description: record.description,
    members: record.members.map((member) => ({ ...memberReference(member), rule: member.rule })),
    holdings: record.holdings,
    marc: marc ? marcJsonRecord(marc.record) : undefined,
    fieldSources: marc?.fieldSources,
  });
}

export function unionCsvValues(record: UnionRecord, url: string): string[] {
  const libraries = [...new Set(record.holdings.map((h) => h.libraryCode))].sort();
  return [record.id, url, ...descriptionValues(record.description), libraries.join(' ')];
}

/** One member of a library: its own description and its holdings of that union record. */
export function libraryDumpLine(record: UnionRecord, url: string, member: Member): string {
  return JSON.stringify({
    id: record.id,
    url,
    ...memberReference(member),
    rule: member.rule,
    description: member.description,
    holdings: record.holdings.filter((h) => h.libraryCode === member.libraryCode),
  });
}

export function libraryCsvValues(record: UnionRecord, url: string, member: Member): Array<string | number | undefined> {
  return [record.id, url, member.controlNumber, member.file, member.recordNumber, ...descriptionValues(member.description)];
}

function memberReference(member: Member) {
  const { libraryCode, file, recordNumber, controlNumber, controlNumberIdentifier } = member;
  return { libraryCode, file, recordNumber, controlNumber, controlNumberIdentifier };
}

/** title, authors, year, isbn: several values joined by " ; " and " " respectively. */
function descriptionValues(d: BibliographicDescription): string[] {
  return [
    [d.title.proper, d.title.remainder].filter(Boolean).join(' : '),
    d.names.filter((n) => n.role === 'author').map((n) => n.name).join(' ; '),
    d.publication.gregorianYear?.toString() ?? '',
    d.identifiers.isbn.join(' '),
  ];
}
