/**
 * The union's three dumps (union.marcxml.gz, union.jsonl.gz, union.csv) in one pass: each
 * record's union MARC (decoded from the packed source records and built again: most of the
 * cost) is made once for the MARCXML and the JSONL, and the three files are written side
 * by side, their gzip in zlib's threads while this thread serialises the next records.
 */
import { join } from 'node:path';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { csvByteOrderMark, csvRow } from './csv.ts';
import { unionCsvHeader, unionCsvValues, unionDumpLine } from './dump-rows.ts';
import { writeTextFiles } from './text-files.ts';
import type { UnionMarc } from './union-marc.ts';

export interface UnionDumpsInput {
  /** Union records in the order the dumps list them. */
  records: UnionRecord[];
  unionMarc: (record: UnionRecord) => UnionMarc | undefined;
  recordUrl: (record: UnionRecord) => string;
}

export const unionDumpNames = ['union.marcxml.gz', 'union.jsonl.gz', 'union.csv'];

export async function writeUnionDumps(dir: string, input: UnionDumpsInput): Promise<void> {
  const [marcXml, jsonl, csv] = unionDumpNames.map((name) => join(dir, name));
  await writeTextFiles([{ path: marcXml, gzip: true }, { path: jsonl, gzip: true }, { path: csv, gzip: false }], unionRows(input));
}

function* unionRows({ records, unionMarc, recordUrl }: UnionDumpsInput): Generator<string[]> {
  yield [marcXmlCollectionStart(), '', csvByteOrderMark + csvRow(unionCsvHeader)];
  for (const record of records) {
    const marc = unionMarc(record);
    const url = recordUrl(record);
    yield [marc ? marcXmlRecord(marc.record) : '', `${unionDumpLine(record, url, marc)}\n`, csvRow(unionCsvValues(record, url))];
  }
  yield [marcXmlCollectionEnd(), '', ''];
}
