/**
 * One library's catalogue dump in its own format, through the project's writers, and the
 * ground truth for each record written: which edition it really is.
 */
import { writeIso2709Record } from '../../src/ingest/emit/iso2709-writer.ts';
import { marcJsonRecord } from '../../src/ingest/emit/marc-json-writer.ts';
import { encodeMarc8 } from '../../src/ingest/emit/marc8-encoder.ts';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../../src/ingest/emit/marcxml-writer.ts';
import { mrkRecord } from '../../src/ingest/emit/mrk-writer.ts';
import { controlField, type MarcRecord } from '../../src/ingest/marc/marc-record.ts';
import { csvFile, csvRow } from './csv-dump.ts';
import { damageBytes } from './defects.ts';
import type { Edition } from './editions.ts';
import type { Defect, SampleLibrary } from './libraries.ts';
import { encodeWindows1256 } from './windows-1256.ts';

export interface CatalogueEntry {
  edition: Edition;
  record: MarcRecord;
  defect?: Defect;
}

export interface TruthRecord {
  libraryCode: string;
  /** As in library.yml: the file's path inside the library's folder. */
  file: string;
  /** 1-based position in the file (data row, for a spreadsheet; empty rows not counted). */
  recordNumber: number;
  controlNumber: string;
  /** The edition this record really describes: records with the same key are one edition. */
  editionKey: string;
  work: string;
  defect?: Defect;
}

const utf8 = new TextEncoder();

export function writeDump(library: SampleLibrary, entries: CatalogueEntry[]): { files: Map<string, Uint8Array>; truth: TruthRecord[] } {
  const parts = library.files.length === 2
    ? [entries.slice(0, Math.ceil(entries.length / 2)), entries.slice(Math.ceil(entries.length / 2))]
    : [entries];
  const files = new Map<string, Uint8Array>();
  const truth: TruthRecord[] = [];
  parts.forEach((part, i) => {
    const file = library.files[i];
    files.set(file, encodePart(library, part));
    part.forEach((entry, index) => truth.push({
      libraryCode: library.code, file, recordNumber: index + 1,
      controlNumber: controlField(entry.record, '001') ?? '',
      editionKey: entry.edition.key, work: entry.edition.work,
      ...(entry.defect ? { defect: entry.defect } : {}),
    }));
  });
  return { files, truth };
}

function encodePart(library: SampleLibrary, part: CatalogueEntry[]): Uint8Array {
  switch (library.format) {
    case 'iso2709-utf8':
    case 'iso2709-koha':
      return concat(part.map((e) => damageBytes(writeIso2709Record(e.record), e.defect)));
    case 'iso2709-marc8':
      return concat(part.map((e) => damageBytes(writeIso2709Record(e.record, { encodeText: encodeMarc8, leader09: ' ' }), e.defect)));
    case 'iso2709-windows-1256':
      return concat(part.map((e) => damageBytes(writeIso2709Record(e.record, { encodeText: encodeWindows1256, leader09: ' ' }), e.defect)));
    case 'marcxml':
      return utf8.encode(marcXmlCollectionStart() + part.map((e) => marcXmlRecord(e.record)).join('') + marcXmlCollectionEnd());
    case 'mrk':
      return utf8.encode(part.map((e) => mrkRecord(e.record)).join(''));
    case 'marc-json':
      return utf8.encode(`[\n${part.map((e) => JSON.stringify(marcJsonRecord(e.record))).join(',\n')}\n]\n`);
    case 'csv':
      return csvFile(part.map((e) => csvRow(e.record)));
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
  return out;
}
